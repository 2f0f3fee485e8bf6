# Checks: cancel() called twice on a pending task returns True both times,
# cancelling() counts both, and the task is cancelled once; cancel() on a
# finished task returns False.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"worker caught {e.args}")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel("first"))
    print(t.cancel("second"))
    print(f"cancelling={t.cancelling()}")
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(f"cancel after done: {t.cancel()}")
    print(f"cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
