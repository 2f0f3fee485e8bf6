# Checks: future done callbacks run in registration order via the loop, and
# removing one stops it.
import asyncio


def report(label):
    def cb(fut):
        print(f"{label}: {fut.result()}")
    return cb


def never(fut):
    print("removed callback ran (must not print)")


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(report("first"))
    fut.add_done_callback(never)
    fut.add_done_callback(report("second"))
    print(f"removed: {fut.remove_done_callback(never)}")
    fut.set_result(5)
    print("result set, callbacks not yet run")
    await asyncio.sleep(0)
    print("after yield")


if __name__ == '__main__':
    asyncio.run(main())
