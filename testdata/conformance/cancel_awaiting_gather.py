# Checks: cancelling a task that awaits a gather cancels every child of the
# gather; the task sees CancelledError.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("a"), child("b"), child("c"))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent is cancelled")
    print(f"cancelled={p.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
