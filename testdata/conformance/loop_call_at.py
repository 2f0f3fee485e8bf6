# Checks: call_at schedules at an absolute loop time; the handle's when()
# is that time; the callback sees loop.time() at or past it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = asyncio.Event()
    target = loop.time() + 0.03

    def cb():
        print(f"fired at or after target: {loop.time() >= target}")
        fired.set()

    h = loop.call_at(target, cb)
    print(f"when matches: {h.when() == target}")
    await fired.wait()
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
