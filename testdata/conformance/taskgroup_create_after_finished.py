# Checks: create_task on a TaskGroup that has finished raises RuntimeError
# with CPython's message; the coroutine never runs (closed here explicitly).
import asyncio


async def work():
    print("work ran (must not print for the late task)")


async def main():
    async with asyncio.TaskGroup() as tg:
        pass
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
        coro.close()
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
