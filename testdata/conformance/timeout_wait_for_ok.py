# Checks: wait_for returns the result when the awaitable finishes in time.
import asyncio


async def quick():
    await asyncio.sleep(0.01)
    return "in time"


async def main():
    print(await asyncio.wait_for(quick(), timeout=0.5))
    print(await asyncio.wait_for(quick(), timeout=None))


if __name__ == '__main__':
    asyncio.run(main())
