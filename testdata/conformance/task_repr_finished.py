# Checks: repr of a finished task shows its result, for several result types.
import asyncio


async def give(value):
    return value


async def main():
    for value in [42, "text", None, [1, 2]]:
        t = asyncio.create_task(give(value))
        await t
        print(repr(t))


if __name__ == '__main__':
    asyncio.run(main())
