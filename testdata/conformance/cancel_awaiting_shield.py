# Checks: cancelling a task that awaits shield(inner) cancels only the outer
# task; the shielded inner task keeps running and finishes.
import asyncio


async def inner():
    await asyncio.sleep(0.1)
    print("inner finished")
    return "inner result"


async def outer(inner_task):
    try:
        await asyncio.shield(inner_task)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.01)
    ot.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        pass
    print(f"outer cancelled={ot.cancelled()} inner done={it.done()}")
    print(await it)


if __name__ == '__main__':
    asyncio.run(main())
