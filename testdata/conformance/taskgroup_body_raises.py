# Checks: an exception raised in the async-with body cancels the group's
# tasks and is wrapped in the ExceptionGroup.
import asyncio

cancelled = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0.01)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(f"{eg!r}")
    print(f"cancelled children: {sorted(cancelled)}")


if __name__ == '__main__':
    asyncio.run(main())
