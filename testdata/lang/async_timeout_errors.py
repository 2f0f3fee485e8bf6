# Checks: asyncio.wait_for and asyncio.timeout raising TimeoutError, catching it
# next to ordinary exceptions, and a cleanup message from the cancelled coroutine.
import asyncio


async def slow_op(label):
    try:
        await asyncio.sleep(1)
        return label
    except asyncio.CancelledError:
        print("cancelled", label)
        raise


async def main():
    print(await asyncio.wait_for(asyncio.sleep(0, result="quick"), timeout=1))
    try:
        await asyncio.wait_for(slow_op("w"), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, repr(str(e)))
    try:
        async with asyncio.timeout(0.01):
            await slow_op("t")
    except TimeoutError:
        print("timeout block expired")
    print(issubclass(asyncio.TimeoutError, TimeoutError))


asyncio.run(main())
