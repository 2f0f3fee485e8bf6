# Checks: loop.create_future() starts pending; a task awaiting it resumes
# with the value passed to set_result.
import asyncio


async def waiter(fut):
    print("waiter waiting")
    value = await fut
    print(f"waiter got {value}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(f"done={fut.done()}")
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result({"answer": 42})
    print(f"done={fut.done()} result={fut.result()}")
    await t


if __name__ == '__main__':
    asyncio.run(main())
