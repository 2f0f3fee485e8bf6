# Checks: call_later fires callbacks after their delays, in deadline order,
# and a cancelled TimerHandle never fires.
import asyncio


def cb(name):
    print(f"fired {name}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, cb, "late")
    loop.call_later(0.01, cb, "early")
    h = loop.call_later(0.02, cb, "cancelled")
    loop.call_later(0.03, cb, "middle")
    print(f"handle cancelled before: {h.cancelled()}")
    h.cancel()
    print(f"handle cancelled after: {h.cancelled()}")
    await asyncio.sleep(0.08)
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
