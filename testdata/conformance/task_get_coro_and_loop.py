# Checks: task.get_coro() returns the coroutine, task.get_loop() is the
# running loop, and a finished task can be awaited again for the same result.
import asyncio


async def work():
    return 11


async def main():
    coro = work()
    t = asyncio.create_task(coro)
    print(f"get_coro is coro: {t.get_coro() is coro}")
    print(f"get_loop is running loop: {t.get_loop() is asyncio.get_running_loop()}")
    print(await t)
    print(await t)


if __name__ == '__main__':
    asyncio.run(main())
