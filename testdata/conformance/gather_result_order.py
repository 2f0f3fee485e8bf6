# Checks: gather returns results in argument order, not completion order.
import asyncio


async def delayed(value, delay):
    await asyncio.sleep(delay)
    print(f"finished {value}")
    return value


async def main():
    results = await asyncio.gather(
        delayed("a", 0.06),
        delayed("b", 0.02),
        delayed("c", 0.04),
    )
    print(results)


if __name__ == '__main__':
    asyncio.run(main())
