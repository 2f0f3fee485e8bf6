import asyncio


async def locker(lock, state, i, rounds):
    for r in range(rounds):
        async with lock:
            v = state[0]
            if (i + r) % 3 == 0:
                await asyncio.sleep(0)
            state[0] = v + i % 7 + 1


async def limited(sem, state, i, rounds):
    for r in range(rounds):
        async with sem:
            state[1] += 1
            state[2] = max(state[2], state[1])
            await asyncio.sleep(0)
            state[1] -= 1
            state[3] += i % 5


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(8)
    state = [0, 0, 0, 0]
    tasks = []
    for i in range(500):
        tasks.append(asyncio.create_task(locker(lock, state, i, 60)))
        tasks.append(asyncio.create_task(limited(sem, state, i, 60)))
    await asyncio.gather(*tasks)
    print(state[0], state[2], state[3])


if __name__ == '__main__':
    asyncio.run(main())
