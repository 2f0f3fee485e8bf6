# Checks: a task cancelled because the task awaiting it was cancelled raises
# a fresh CancelledError when awaited again, with the traceback of that await.
import asyncio


async def slow_fn():
    await asyncio.sleep(0.05)
    return 1


async def follower(t):
    return await t


async def main():
    slow = asyncio.create_task(slow_fn())
    g = asyncio.create_task(follower(slow))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled")
    await slow


asyncio.run(main())
