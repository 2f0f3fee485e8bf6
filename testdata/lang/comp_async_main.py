# Checks: comprehensions inside async code: awaiting in a list comprehension,
# comprehensions building task lists, and dict comprehensions over gathered results.
import asyncio


async def double(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    doubled = [await double(n) for n in range(5)]
    print(doubled)
    tasks = [asyncio.create_task(double(n)) for n in range(3)]
    results = await asyncio.gather(*tasks)
    print(results)
    table = {n: r for n, r in zip(range(3), results)}
    print(table)
    total = sum([await double(n) for n in [1, 2, 3]])
    print(total)
    names = [f"job-{i}" for i in range(3) if i != 1]
    print(names)


asyncio.run(main())
