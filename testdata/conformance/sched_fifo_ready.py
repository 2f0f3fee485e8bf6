# Checks: tasks start in the order they were created (FIFO ready queue),
# and each resumes in the same order after sleep(0).
import asyncio


async def worker(name):
    print(f"{name} start")
    await asyncio.sleep(0)
    print(f"{name} resume")


async def main():
    tasks = []
    for name in ["a", "b", "c", "d"]:
        tasks.append(asyncio.create_task(worker(name)))
    print("created all")
    await asyncio.sleep(0)
    print("main after first yield")
    for t in tasks:
        await t
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
