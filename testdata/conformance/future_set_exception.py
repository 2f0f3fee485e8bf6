# Checks: set_exception makes awaiting the future raise that exception;
# exception() returns it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_exception, LookupError("not found"))
    try:
        await fut
    except LookupError as e:
        print(f"await raised: {e!r}")
    print(f"exception(): {fut.exception()!r}")


if __name__ == '__main__':
    asyncio.run(main())
