# Checks: tasks created on the group by other group tasks (after the body
# finished) are awaited before the group exits.
import asyncio


async def spawner(tg, depth):
    print(f"spawner depth {depth}")
    await asyncio.sleep(0.01)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
        print("body finished")
    print("group exited")


if __name__ == '__main__':
    asyncio.run(main())
