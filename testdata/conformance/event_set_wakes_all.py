# Checks: Event.set() wakes every waiter, in the order they started
# waiting; wait() returns True.
import asyncio


async def waiter(name, ev):
    print(f"{name} waiting")
    result = await ev.wait()
    print(f"{name} woke with {result}")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting event")
    ev.set()
    print("set returned")
    await asyncio.gather(*tasks)


if __name__ == '__main__':
    asyncio.run(main())
