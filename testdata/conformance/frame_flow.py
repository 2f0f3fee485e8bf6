# Tasks whose awaits sit inside loops, ifs and async with blocks on locks
# and semaphores: ordering, break/continue, values returned after loops,
# exceptions and cancellations that leave an async with body release it.
import asyncio


async def counter(name, n, step):
    total = 0
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 2 == 0:
            await asyncio.sleep(0)
            continue
        total += step
        await asyncio.sleep(0)
        print(name, "at", i, total)
    return total


async def ranged(name, lo, hi):
    seen = []
    for k in range(lo, hi):
        if k % 3 == 0:
            await asyncio.sleep(0)
            seen.append(k)
        else:
            seen.append(-k)
    print(name, seen)
    return len(seen)


async def guarded(lock, log, name, rounds):
    for r in range(rounds):
        async with lock:
            log.append(name + str(r))
            await asyncio.sleep(0)
            if name == "bad" and r == 1:
                raise ValueError("bad round " + str(r))
    return rounds


async def limited(sem, lock, active, name):
    async with sem:
        active[0] += 1
        active[1] = max(active[1], active[0])
        await asyncio.sleep(0.01)
        async with lock:
            await asyncio.sleep(0)
            active[0] -= 1
    print(name, "left", active)


async def main():
    print(await asyncio.gather(counter("a", 5, 10), counter("b", 3, 1)))
    print(await asyncio.gather(ranged("r1", 0, 7), ranged("r2", 4, 6)))

    lock = asyncio.Lock()
    log = []
    good = asyncio.create_task(guarded(lock, log, "ok", 3))
    bad = asyncio.create_task(guarded(lock, log, "bad", 3))
    try:
        await bad
    except ValueError as e:
        print("bad failed:", e, "locked:", lock.locked())
    print("good returned", await good, log, lock.locked())

    holder = asyncio.create_task(guarded(lock, log, "hold", 2))
    waiter = asyncio.create_task(guarded(lock, log, "wait", 2))
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled, locked:", lock.locked())
    print("holder returned", await holder, lock.locked(), log[-2:])

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    await asyncio.gather(*[limited(sem, lock, active, "s" + str(i)) for i in range(4)])
    print("peak", active[1], "locked", sem.locked(), lock.locked())

    stuck = asyncio.create_task(limited(sem, lock, active, "stuck"))
    await asyncio.sleep(0)
    stuck.cancel()
    results = await asyncio.gather(stuck, return_exceptions=True)
    print(type(results[0]).__name__, active, sem.locked())


asyncio.run(main())
