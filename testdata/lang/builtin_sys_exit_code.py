# Checks: sys.exit(3) from inside an async coroutine run by asyncio.run ends the
# program with exit status 3 after finally blocks run, printing nothing on stderr.
import asyncio
import sys


async def work():
    try:
        await asyncio.sleep(0)
        print("exiting")
        sys.exit(3)
    finally:
        print("finally in work")


async def main():
    await work()
    print("not reached")


asyncio.run(main())
