# Checks: the traceback of an uncaught exception lists every Python frame of
# the coroutine chain (main -> outer -> inner).
import asyncio


async def inner(n):
    await asyncio.sleep(0)
    return 10 // n


async def outer():
    value = await inner(0)
    return value


async def main():
    print("start")
    await outer()


if __name__ == '__main__':
    asyncio.run(main())
