# Checks: result() and exception() on a cancelled task raise CancelledError.
import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    t.cancel("reason")
    await asyncio.sleep(0)
    print(f"cancelled={t.cancelled()}")
    try:
        t.result()
    except asyncio.CancelledError as e:
        print(f"result(): CancelledError {e.args}")
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print(f"exception(): CancelledError {e.args}")


if __name__ == '__main__':
    asyncio.run(main())
