# Checks: the ExceptionGroup text for one and for several failures, and the
# order of the sub-exceptions.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.01, ValueError("only")))
    except ExceptionGroup as eg:
        print(str(eg))
        print(eg.message)
        print(eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, KeyError("k")))
            tg.create_task(fail_after(0, TypeError("t")))
            tg.create_task(fail_after(0, ValueError("v")))
    except ExceptionGroup as eg:
        print(str(eg))
        print(repr(eg))
        for e in eg.exceptions:
            print(f"  {type(e).__name__}: {e}")


if __name__ == '__main__':
    asyncio.run(main())
