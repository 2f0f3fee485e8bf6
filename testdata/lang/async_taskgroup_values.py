# Checks: TaskGroup collecting results from tasks, results read after the group
# exits, and a failing task cancelling its siblings with an ExceptionGroup
# handled by except*.
import asyncio


async def square(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def fail_after(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def slow(log):
    try:
        await asyncio.sleep(1)
        log.append("slow finished")
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in [3, 1, 2]]
    print([t.result() for t in tasks])
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            tg.create_task(fail_after(0.01, "bad input"))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print(log)


asyncio.run(main())
