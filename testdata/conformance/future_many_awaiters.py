# Checks: several tasks awaiting one future all wake with its value, in the
# order they started waiting.
import asyncio


async def waiter(name, fut):
    value = await fut
    print(f"{name} got {value}")


async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(f"t{i}", fut)) for i in range(3)]
    await asyncio.sleep(0)
    fut.set_result("shared")
    print("result set")
    await asyncio.gather(*tasks)


if __name__ == '__main__':
    asyncio.run(main())
