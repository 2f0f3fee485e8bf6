# Checks: is_set() after set and clear; wait() on a set event returns
# immediately; after clear() wait() blocks again.
import asyncio


async def main():
    ev = asyncio.Event()
    print(f"initial: {ev.is_set()}")
    ev.set()
    print(f"after set: {ev.is_set()}")
    print(f"wait on set event: {await ev.wait()}")
    ev.clear()
    print(f"after clear: {ev.is_set()}")
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
    except TimeoutError:
        print("wait after clear timed out")


if __name__ == '__main__':
    asyncio.run(main())
