# Checks: the exact interleaving of many tasks that print between awaits of
# sleep(0), with different numbers of steps.
import asyncio


async def worker(i):
    for step in range(i + 1):
        print(f"w{i} step {step}")
        await asyncio.sleep(0)
    print(f"w{i} finished")
    return i * 10


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(5)]
    results = []
    for t in tasks:
        results.append(await t)
    print(results)


if __name__ == '__main__':
    asyncio.run(main())
