# Checks: result() and exception() on a pending task raise InvalidStateError
# with CPython's messages.
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return 5


async def main():
    t = asyncio.create_task(work())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(f"result: {type(e).__name__}: {e}")
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(f"exception: {type(e).__name__}: {e}")
    await t
    print(f"result after: {t.result()}")
    print(f"exception after: {t.exception()}")


if __name__ == '__main__':
    asyncio.run(main())
