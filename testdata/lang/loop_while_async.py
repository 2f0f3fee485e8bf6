# Checks: while loops with break/continue around awaits; a polling loop waiting
# for a background task to set a flag; countdown with else.
import asyncio


async def producer(state):
    for i in range(3):
        await asyncio.sleep(0.001)
        state.append(i)


async def main():
    state = []
    task = asyncio.create_task(producer(state))
    polls = 0
    while len(state) < 3:
        polls += 1
        await asyncio.sleep(0.0005)
    await task
    print("state", state, "polled", polls > 0)
    n = 5
    while n > 0:
        n -= 1
        await asyncio.sleep(0)
        if n == 3:
            continue
        if n == 1:
            break
        print("n", n)
    else:
        print("not reached")
    k = 2
    while k:
        await asyncio.sleep(0)
        k -= 1
    else:
        print("countdown done")


asyncio.run(main())
