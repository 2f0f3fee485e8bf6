# Bad input: a coroutine function called with a missing argument.
import asyncio


async def fetch(url, timeout):
    await asyncio.sleep(timeout)
    return url


async def main():
    print(await fetch("http://example"))  # ERROR "fetch\(\) missing 1 required positional argument: 'timeout'"


asyncio.run(main())
