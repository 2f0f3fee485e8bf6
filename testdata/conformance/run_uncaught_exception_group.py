# Checks: an uncaught ExceptionGroup from a TaskGroup prints CPython's boxed
# exception-group traceback and exits with status 1.
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("first"))
        tg.create_task(fail("second"))


if __name__ == '__main__':
    asyncio.run(main())
