# Checks: several tasks awaiting the same task are woken in the order they
# started waiting.
import asyncio


async def target():
    await asyncio.sleep(0.02)
    print("target finished")
    return 7


async def waiter(name, t):
    value = await t
    print(f"{name} got {value}")


async def main():
    t = asyncio.create_task(target())
    waiters = [asyncio.create_task(waiter(n, t)) for n in ["w1", "w2", "w3"]]
    await asyncio.gather(*waiters)
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
