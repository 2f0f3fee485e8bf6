# Checks: cancelling the future returned by gather cancels every unfinished
# child; the awaiter gets CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("quick", 0.01), child("slow1", 1), child("slow2", 1))
    await asyncio.sleep(0.03)
    print(f"gather cancel: {g.cancel()}")
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(f"cancelled={g.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
