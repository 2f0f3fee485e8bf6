# Checks: repr of a future when pending, finished with a result, finished
# with an exception, and cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    print(repr(f1))
    f1.set_result("value")
    print(repr(f1))
    f2 = loop.create_future()
    f2.set_exception(ValueError("oops"))
    print(repr(f2))
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    print(repr(f3))


if __name__ == '__main__':
    asyncio.run(main())
