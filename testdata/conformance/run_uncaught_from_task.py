# Checks: an exception raised in a child task and re-raised by awaiting it
# shows both the awaiting frame and the task's frames in the traceback.
import asyncio


async def child():
    await asyncio.sleep(0.01)
    raise KeyError("missing-key")


async def main():
    t = asyncio.create_task(child())
    await t


if __name__ == '__main__':
    asyncio.run(main())
