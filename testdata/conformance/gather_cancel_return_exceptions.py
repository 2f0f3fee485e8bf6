# Checks: cancelling a task that awaits gather(return_exceptions=True)
# cancels the children and the task still gets CancelledError (the
# cancellation is not turned into a result list).
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def parent():
    results = await asyncio.gather(child("a"), child("b"), return_exceptions=True)
    print(f"parent got results (must not print): {results}")


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"parent cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
