# Checks: cancelling the task that runs a TaskGroup cancels the group's
# children and the task ends with CancelledError (not an ExceptionGroup).
# The order siblings are cancelled in follows set iteration, so it is not
# printed.
import asyncio


cancelled = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            tg.create_task(child("y"))
    except asyncio.CancelledError:
        print(f"runner sees CancelledError, children cancelled: {sorted(cancelled)}")
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"main: runner cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
