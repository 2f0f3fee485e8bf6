# Checks: an uncaught exception from main prints a traceback to stderr and
# exits with status 1; output printed before it stays on stdout.
import asyncio


async def main():
    print("about to fail")
    await asyncio.sleep(0)
    raise ValueError("something went wrong")


if __name__ == '__main__':
    asyncio.run(main())
