# Checks: asyncio.sleep(delay, result) returns result after the delay,
# including sleep(0, result).
import asyncio


async def main():
    print(await asyncio.sleep(0.01, "slept"))
    print(await asyncio.sleep(0, [1, 2]))
    print(await asyncio.sleep(0.01))


if __name__ == '__main__':
    asyncio.run(main())
