# Checks: finally blocks run on cancellation, from the innermost coroutine
# outward, and may await.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")


async def middle():
    try:
        await inner()
    finally:
        print("middle finally, cleaning up")
        await asyncio.sleep(0.01)
        print("middle cleanup done")


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled")


if __name__ == '__main__':
    asyncio.run(main())
