# Checks: a failure inside a nested TaskGroup cancels the inner siblings,
# propagates as an ExceptionGroup into the outer group, which cancels its
# own tasks and wraps the inner group.
import asyncio


async def waiter(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("inner failure")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(waiter("inner-waiter"))
        tg.create_task(failer())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(waiter("outer-waiter"))
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        inner = eg.exceptions[0]
        print(f"inner is group: {isinstance(inner, ExceptionGroup)}")
        print(repr(inner.exceptions[0]))


if __name__ == '__main__':
    asyncio.run(main())
