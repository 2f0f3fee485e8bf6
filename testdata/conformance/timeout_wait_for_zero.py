# Checks: wait_for with timeout 0 on an unfinished coroutine raises
# TimeoutError at once, without running it.
import asyncio


async def work():
    print("work started (must not print)")
    return 1


async def main():
    try:
        await asyncio.wait_for(work(), timeout=0)
    except TimeoutError:
        print("timed out immediately")


if __name__ == '__main__':
    asyncio.run(main())
