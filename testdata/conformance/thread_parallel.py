# Checks: three blocking 0.3 s calls via to_thread run in parallel: together
# they finish in well under 0.9 s, with results in argument order.
import asyncio
import time


def block(n):
    time.sleep(0.3)
    return n


async def main():
    start = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(block, 1),
        asyncio.to_thread(block, 2),
        asyncio.to_thread(block, 3),
    )
    elapsed = time.monotonic() - start
    print(results)
    print(f"elapsed < 0.8: {elapsed < 0.8}")


if __name__ == '__main__':
    asyncio.run(main())
