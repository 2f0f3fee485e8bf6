# Checks: wait_for raises TimeoutError when time runs out and cancels the
# inner task, which sees CancelledError first.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return "too late"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.02)
    except TimeoutError as e:
        print(f"TimeoutError caught: {type(e).__name__} {e.args}")
        print(f"is asyncio.TimeoutError: {asyncio.TimeoutError is TimeoutError}")
    print(f"inner cancelled={t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
