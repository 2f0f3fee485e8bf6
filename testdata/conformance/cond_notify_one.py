# Checks: Condition.notify(1) wakes one waiter at a time, in waiting order.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(f"{name} waiting")
        await cond.wait()
        print(f"{name} notified")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(3)]
    await asyncio.sleep(0.01)
    for _ in range(3):
        async with cond:
            print("notify one")
            cond.notify(1)
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)


if __name__ == '__main__':
    asyncio.run(main())
