# Checks: cancelling a task that awaits to_thread cancels the task at once,
# while the thread itself runs to completion.
import asyncio
import threading
import time

finished = threading.Event()


def blocking():
    time.sleep(0.25)
    finished.set()
    return "thread result"


async def runner():
    try:
        await asyncio.to_thread(blocking)
    except asyncio.CancelledError:
        print(f"runner cancelled, thread finished yet: {finished.is_set()}")
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancellation")
    await asyncio.sleep(0.35)
    print(f"thread finished later: {finished.is_set()}")


if __name__ == '__main__':
    asyncio.run(main())
