# Checks: a TaskGroup waits for all its tasks; results are read from the
# tasks after the block; tasks start in creation order.
import asyncio


async def square(n):
    print(f"square {n} start")
    await asyncio.sleep(0.01 * (4 - n))
    print(f"square {n} end")
    return n * n


async def main():
    tasks = []
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tasks.append(tg.create_task(square(n)))
        print("body done")
    print([t.result() for t in tasks])


if __name__ == '__main__':
    asyncio.run(main())
