# Checks: async for over async generators, an async generator awaiting between
# yields, break out of async for, and async comprehensions.
import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def pairs(words):
    for w in words:
        await asyncio.sleep(0)
        yield w, len(w)


async def main():
    async for t in ticker(3):
        print("tick", t)
    async for w, n in pairs(["go", "python", "asyncio"]):
        print(w, n)
    async for t in ticker(10):
        if t == 2:
            print("break at", t)
            break
    squares = [t * t async for t in ticker(5)]
    print(squares)
    evens = [t async for t in ticker(6, 0.001) if t % 2 == 0]
    print(evens)


asyncio.run(main())
