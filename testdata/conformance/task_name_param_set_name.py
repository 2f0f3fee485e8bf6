# Checks: create_task(name=...), set_name, and that named tasks still consume
# a number from the Task-N counter.
import asyncio


async def child():
    print(f"running as {asyncio.current_task().get_name()}")


async def main():
    t1 = asyncio.create_task(child(), name="worker")
    t2 = asyncio.create_task(child())
    print(t1.get_name(), t2.get_name())
    t1.set_name("renamed")
    t2.set_name(42)
    print(t1.get_name(), t2.get_name())
    await t1
    await t2
    t3 = asyncio.create_task(child())
    print(t3.get_name())
    await t3


if __name__ == '__main__':
    asyncio.run(main())
