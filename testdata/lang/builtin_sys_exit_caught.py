# Checks: SystemExit raised by sys.exit is an exception: caught with its code,
# not caught by except Exception, and sys.exit(0) ends the program with status 0.
import asyncio
import sys


async def main():
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught SystemExit", e.code)
    try:
        sys.exit()
    except SystemExit as e:
        print("no code:", e.code)
    try:
        try:
            sys.exit(2)
        except Exception:
            print("not printed: SystemExit is not an Exception")
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception))
    await asyncio.sleep(0)
    print("exiting cleanly")
    sys.exit(0)


asyncio.run(main())
