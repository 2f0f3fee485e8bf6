# Checks: cancelling a future wakes its awaiter with CancelledError carrying
# the message; cancelled() is True and cancel() again returns False.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print(f"waiter: CancelledError {e.args}")
        return "handled"


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print(f"cancel: {fut.cancel('gone')}")
    print(f"cancel again: {fut.cancel()}")
    print(f"cancelled={fut.cancelled()} done={fut.done()}")
    print(await t)


if __name__ == '__main__':
    asyncio.run(main())
