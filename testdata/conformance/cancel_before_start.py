# Checks: a task cancelled before it ever runs never executes its body, not
# even its finally block.
import asyncio


async def body():
    try:
        print("body started (must not print)")
        await asyncio.sleep(0)
    finally:
        print("finally (must not print)")


async def main():
    t = asyncio.create_task(body())
    print(f"cancel: {t.cancel()}")
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(f"cancelled={t.cancelled()} done={t.done()}")


if __name__ == '__main__':
    asyncio.run(main())
