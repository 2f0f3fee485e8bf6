# Checks: a callback added to an already finished task is scheduled with
# call_soon rather than called immediately.
import asyncio


def callback(task):
    print(f"late callback sees result {task.result()}")


async def work():
    return "value"


async def main():
    t = asyncio.create_task(work())
    await t
    t.add_done_callback(callback)
    print("callback added")
    await asyncio.sleep(0)
    print("after sleep(0)")


if __name__ == '__main__':
    asyncio.run(main())
