# Checks: after the shield is cancelled the inner task can still be awaited
# and gives its result.
import asyncio


async def compute():
    await asyncio.sleep(0.1)
    print("compute finished")
    return "computed"


async def main():
    t = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except TimeoutError:
        print("timed out waiting through the shield")
    print(f"inner cancelled={t.cancelled()}")
    value = await t
    print(f"awaited inner: {value}")


if __name__ == '__main__':
    asyncio.run(main())
