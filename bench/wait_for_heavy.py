import asyncio


async def quick(i):
    if i % 2 == 0:
        await asyncio.sleep(0)
    return i % 13


async def batch(base):
    total = 0
    for i in range(base, base + 500):
        total += await asyncio.wait_for(quick(i), timeout=30)
    return total


async def main():
    total = 0
    for i in range(40000):
        total += await asyncio.wait_for(quick(i), timeout=10)
    results = await asyncio.gather(*[batch(b * 500) for b in range(60)])
    total += sum(results)
    print(total)


if __name__ == '__main__':
    asyncio.run(main())
