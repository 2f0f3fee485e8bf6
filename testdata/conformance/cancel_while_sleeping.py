# Checks: cancelling a task blocked in sleep raises CancelledError at the
# await point, at the next loop iteration.
import asyncio


async def sleeper():
    print("sleeping")
    try:
        await asyncio.sleep(10)
        print("woke normally (must not print)")
    except asyncio.CancelledError:
        print("sleep interrupted")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.02)
    t.cancel()
    print("cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancellation")
    print(f"cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
