# Checks: call_soon runs callbacks with their arguments in FIFO order on the
# next loop iteration; a callback may schedule another, which runs after
# those already queued.
import asyncio


def cb(loop, name, again):
    print(f"callback {name}")
    if again:
        loop.call_soon(cb, loop, name + "-again", False)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop, "one", True)
    loop.call_soon(cb, loop, "two", False)
    loop.call_soon(cb, loop, "three", True)
    print("scheduled")
    await asyncio.sleep(0)
    print("after first yield")
    await asyncio.sleep(0)
    print("after second yield")


if __name__ == '__main__':
    asyncio.run(main())
