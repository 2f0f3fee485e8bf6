# Checks: to_thread passes positional and keyword arguments and returns the
# function's value.
import asyncio


def combine(a, b, sep="-"):
    return f"{a}{sep}{b}"


async def main():
    print(await asyncio.to_thread(combine, "x", "y"))
    print(await asyncio.to_thread(combine, 1, 2, sep="+"))
    print(await asyncio.to_thread(sum, [1, 2, 3]))


if __name__ == '__main__':
    asyncio.run(main())
