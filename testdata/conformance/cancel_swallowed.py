# Checks: a task that catches CancelledError and returns normally is not
# cancelled: it finishes with its return value.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    await asyncio.sleep(0.01)
    return "survived"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    result = await t
    print(f"result={result} cancelled={t.cancelled()} cancelling={t.cancelling()}")


if __name__ == '__main__':
    asyncio.run(main())
