# Checks: if the inner task itself is cancelled, awaiting the shield raises
# CancelledError and the shield future ends cancelled.
import asyncio


async def inner():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield awaiter got CancelledError")
    print(f"inner cancelled={t.cancelled()} outer cancelled={outer.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
