# Checks: big-int arithmetic carried through coroutines and tasks: a running
# product shared by tasks, and results returned from gather.
import asyncio


async def power(base, exp):
    await asyncio.sleep(0)
    return base ** exp


async def multiply_in(state, factor):
    await asyncio.sleep(0.001 * (factor % 3))
    state[0] *= factor


async def main():
    values = await asyncio.gather(power(2, 64), power(3, 50), power(-7, 23))
    for v in values:
        print(v, v % 1000, v // 10 ** 10)
    state = [1]
    await asyncio.gather(*(multiply_in(state, f) for f in range(1, 31)))
    print(state[0])
    print(sum(values), max(values), min(values))


asyncio.run(main())
