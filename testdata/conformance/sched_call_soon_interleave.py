# Checks: call_soon callbacks and task steps share one FIFO ready queue.
import asyncio


def callback(name):
    print(f"callback {name}")


async def task_body(name):
    print(f"task {name} step 1")
    await asyncio.sleep(0)
    print(f"task {name} step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "A")
    t = asyncio.create_task(task_body("T"))
    loop.call_soon(callback, "B")
    await asyncio.sleep(0)
    print("main resumed")
    loop.call_soon(callback, "C")
    await t
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
