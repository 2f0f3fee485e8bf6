# Checks: done callbacks run in registration order, after the task finishes,
# each scheduled through the ready queue, and receive the task.
import asyncio


def make_callback(label):
    def callback(task):
        print(f"callback {label}: result={task.result()}")
    return callback


async def work():
    print("work running")
    return 3


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(make_callback("one"))
    t.add_done_callback(make_callback("two"))
    t.add_done_callback(make_callback("three"))
    await t
    print("main resumed after await")
    await asyncio.sleep(0)
    print("main after sleep(0)")


if __name__ == '__main__':
    asyncio.run(main())
