# Checks: async functions with default, keyword and *args parameters, awaited inline,
# and returning values of several types.
import asyncio


async def fetch(key, delay=0, *, retries=1):
    await asyncio.sleep(delay)
    return f"{key}:{retries}"


async def total(*values):
    await asyncio.sleep(0)
    return sum(values)


async def ratio(a, b):
    await asyncio.sleep(0)
    return a / b


async def main():
    print(await fetch("a"))
    print(await fetch("b", 0, retries=3))
    print(await fetch(retries=2, key="c"))
    print(await total())
    print(await total(1, 2, 3))
    nums = [10, 20]
    print(await total(*nums))
    print(await ratio(1, 4))
    print(await ratio(b=3, a=1))


asyncio.run(main())
