# Checks: simple coroutines (awaits only at the top level of the body) keep
# their locals across awaits, wait on events that are set or not yet set,
# are cancelled while waiting on an event or a task, and await tasks that
# are already done.
import asyncio


async def waiter(ev, name):
    print(f"{name} waiting, set={ev.is_set()}")
    ok = await ev.wait()
    print(f"{name} woke: {ok}")
    return name


async def counter(n):
    total = n * 10
    await asyncio.sleep(0)
    total += 1
    await asyncio.sleep(0.01)
    total += 2
    return total


async def follower(t):
    try:
        value = await t
    except asyncio.CancelledError:
        raise
    print(f"follower got {value}")
    return value + 1


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a"))
    b = asyncio.create_task(waiter(ev, "b"))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    print(f"b cancelled: {b.cancelled()}")
    ev.set()
    print(await a)
    c = asyncio.create_task(waiter(ev, "c"))
    print(await c)

    done = asyncio.create_task(counter(1))
    print(await done)
    f = asyncio.create_task(follower(done))
    print(await f)

    slow = asyncio.create_task(counter(2))
    g = asyncio.create_task(follower(slow))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled", g.cancelled())
    try:
        print(await slow)
    except asyncio.CancelledError:
        print("slow cancelled with its awaiter", slow.cancelled())

    results = await asyncio.gather(*[counter(i) for i in range(3)])
    print(results)


asyncio.run(main())
