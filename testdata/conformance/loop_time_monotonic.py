# Checks: loop.time() never goes backwards and advances across a sleep by at
# least the slept amount.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    t1 = loop.time()
    print(f"advanced: {t1 > t0}")
    print(f"advanced at least 0.05: {t1 - t0 >= 0.05}")
    print(f"type: {type(t0).__name__}")


if __name__ == '__main__':
    asyncio.run(main())
