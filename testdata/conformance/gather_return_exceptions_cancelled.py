# Checks: with return_exceptions=True a cancelled child appears as a
# CancelledError instance in the result list.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    t1 = asyncio.create_task(child("one", 0.02))
    t2 = asyncio.create_task(child("two", 1))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.01)
    t2.cancel("no longer needed")
    results = await g
    for r in results:
        print(f"{type(r).__name__}: {r!r}")


if __name__ == '__main__':
    asyncio.run(main())
