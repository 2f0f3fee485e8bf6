# Checks: all_tasks() contains the running main task and every unfinished
# task, and drops tasks once they are done.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    t1 = asyncio.create_task(sleeper(0.01), name="short")
    t2 = asyncio.create_task(sleeper(0.05), name="long")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await t1
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await t2
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())
    print(asyncio.all_tasks())


if __name__ == '__main__':
    asyncio.run(main())
