# Checks: a task that catches CancelledError, cleans up and re-raises ends
# cancelled.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("propagated to main")
    print(f"cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
