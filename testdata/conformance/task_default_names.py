# Checks: default task names are Task-N, counting from Task-1 for main.
import asyncio


async def child():
    await asyncio.sleep(0)


async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(child())
    t2 = asyncio.create_task(child())
    print(t1.get_name())
    print(t2.get_name())
    await asyncio.gather(t1, t2)
    t3 = asyncio.create_task(child())
    print(t3.get_name())
    await t3


if __name__ == '__main__':
    asyncio.run(main())
