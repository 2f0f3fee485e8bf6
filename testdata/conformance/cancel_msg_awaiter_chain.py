# Checks: the cancel message passes from a cancelled child task to a task
# awaiting it, and on to the next awaiter.
import asyncio


async def leaf():
    await asyncio.sleep(1)


async def middle(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"middle sees {e.args}")
        raise


async def main():
    t = asyncio.create_task(leaf())
    m = asyncio.create_task(middle(t))
    await asyncio.sleep(0.01)
    t.cancel("leaf stopped")
    try:
        await m
    except asyncio.CancelledError as e:
        print(f"main sees {e.args}")
    print(f"leaf cancelled={t.cancelled()} middle cancelled={m.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
