# Checks: notify_all wakes every waiter; each reacquires the lock in turn.
import asyncio


async def waiter(name, cond, state):
    async with cond:
        await cond.wait()
        print(f"{name} woke, value={state['value']}, locked={cond.locked()}")


async def main():
    cond = asyncio.Condition()
    state = {"value": 0}
    tasks = [asyncio.create_task(waiter(f"w{i}", cond, state)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        state["value"] = 42
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)


if __name__ == '__main__':
    asyncio.run(main())
