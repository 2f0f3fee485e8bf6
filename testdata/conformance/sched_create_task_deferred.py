# Checks: create_task does not run the coroutine immediately; it starts only
# once the creating task awaits something that yields.
import asyncio


async def child():
    print("child started")
    return "child result"


async def main():
    t = asyncio.create_task(child())
    print("task created")
    print(f"done: {t.done()}")
    result = await t
    print(f"result: {result}")


if __name__ == '__main__':
    asyncio.run(main())
