# Checks: asyncio.timeout_at with an absolute deadline from loop.time(), and
# when() returning that deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.03
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print(f"when matches: {cm.when() == deadline}")
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline passed")
    print(f"loop time past deadline: {loop.time() >= deadline}")


if __name__ == '__main__':
    asyncio.run(main())
