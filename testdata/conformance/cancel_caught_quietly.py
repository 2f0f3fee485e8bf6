# Awaits of cancelled tasks inside try statements whose handlers drop the
# cancellation unseen, next to ones whose handlers show it: the shown ones
# keep the traceback of the await.
import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def quiet(tasks):
    dropped = 0
    for t in tasks:
        try:
            await t
        except asyncio.CancelledError:
            dropped += 1
    return dropped


async def nested(t):
    try:
        try:
            await t
        except ValueError:
            print("not reached")
    except (KeyError, asyncio.CancelledError):
        return "outer caught it"
    return "no"


async def handler_awaits(t, other):
    try:
        await t
    except BaseException:
        r = await other
        return r


async def shown(t):
    try:
        await t
    except asyncio.CancelledError as e:
        return type(e).__name__


async def chained(t):
    try:
        await t
    except asyncio.CancelledError:
        raise RuntimeError("while handling the cancellation")


async def main():
    tasks = [asyncio.create_task(sleeper(10)) for _ in range(5)]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    print("dropped", await quiet(tasks))
    t = asyncio.create_task(sleeper(10))
    await asyncio.sleep(0)
    t.cancel()
    print(await nested(t))
    print(await handler_awaits(t, asyncio.create_task(sleeper(0.01))))
    print(await shown(t))
    try:
        await chained(t)
    except RuntimeError as e:
        print("caught", e)
    await chained(t)


asyncio.run(main())
