# Checks: when wait_for times out but the inner task swallows its
# cancellation and returns a value, wait_for returns that value instead of
# raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancellation")
    return "stubborn result"


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), timeout=0.02)
        print(f"wait_for returned {result!r}")
    except TimeoutError:
        print("TimeoutError")


if __name__ == '__main__':
    asyncio.run(main())
