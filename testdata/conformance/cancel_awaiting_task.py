# Checks: cancelling a task that awaits another task also cancels the awaited
# task, and both end cancelled.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(holder):
    t = asyncio.create_task(inner())
    holder.append(t)
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    holder = []
    o = asyncio.create_task(outer(holder))
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0)
    print(f"outer cancelled={o.cancelled()} inner cancelled={holder[0].cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
