# Checks: cancelling the future returned by shield cancels only that outer
# future; the inner task runs to completion.
import asyncio


async def inner():
    print("inner start")
    await asyncio.sleep(0.1)
    print("inner end")
    return 99


async def main():
    it = asyncio.create_task(inner())
    outer = asyncio.shield(it)
    await asyncio.sleep(0.01)
    print(f"outer.cancel() -> {outer.cancel()}")
    try:
        await outer
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print(f"outer cancelled={outer.cancelled()} inner cancelled={it.cancelled()} inner done={it.done()}")
    await asyncio.sleep(0.15)
    print(f"inner done={it.done()} result={it.result()}")


if __name__ == '__main__':
    asyncio.run(main())
