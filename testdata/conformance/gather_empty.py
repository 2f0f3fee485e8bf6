# Checks: gather() with no arguments gives an empty list; gather of one
# awaitable gives a one-element list.
import asyncio


async def one():
    return 1


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(one()))


if __name__ == '__main__':
    asyncio.run(main())
