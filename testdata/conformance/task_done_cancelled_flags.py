# Checks: done() and cancelled() through the life of a normal task and of a
# cancelled task.
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return "ok"


async def main():
    t = asyncio.create_task(work())
    print(f"new: done={t.done()} cancelled={t.cancelled()}")
    await asyncio.sleep(0)
    print(f"started: done={t.done()} cancelled={t.cancelled()}")
    await t
    print(f"finished: done={t.done()} cancelled={t.cancelled()}")

    c = asyncio.create_task(work())
    await asyncio.sleep(0)
    c.cancel()
    print(f"cancel requested: done={c.done()} cancelled={c.cancelled()}")
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(f"after cancel: done={c.done()} cancelled={c.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
