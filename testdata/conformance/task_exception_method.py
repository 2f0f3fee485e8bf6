# Checks: a task that raised: exception() returns the exception, result()
# re-raises it, done() is True and cancelled() False.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print(f"done={t.done()} cancelled={t.cancelled()}")
    exc = t.exception()
    print(f"exception(): {type(exc).__name__}: {exc}")
    try:
        t.result()
    except ValueError as e:
        print(f"result() raised: {e!r}")
        print(f"same object: {e is exc}")


if __name__ == '__main__':
    asyncio.run(main())
