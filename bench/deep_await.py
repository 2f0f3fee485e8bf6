import asyncio


async def leaf(x):
    if x % 4 == 0:
        await asyncio.sleep(0)
    return x


async def chain(depth, x):
    if depth == 0:
        return await leaf(x)
    return await chain(depth - 1, x) + depth


async def main():
    total = 0
    for i in range(120000):
        total += await chain(50, i)
    print(total)


if __name__ == '__main__':
    asyncio.run(main())
