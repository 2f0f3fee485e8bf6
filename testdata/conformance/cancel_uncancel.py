# Checks: cancelling() and uncancel() counts: a task that swallows a cancel
# and calls uncancel() goes back to zero and can keep awaiting.
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"caught, cancelling={me.cancelling()}")
        print(f"uncancel returns {me.uncancel()}")
        print(f"now cancelling={me.cancelling()}")
    await asyncio.sleep(0.01)
    print("worker continued after uncancel")
    return "ok"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    print(f"cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
