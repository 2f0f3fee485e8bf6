# Bad input: a from-import of a module outside the supported set.
import asyncio
from requests import get  # ERROR "unsupported module 'requests'"


async def main():
    print(await asyncio.to_thread(get, "http://example"))


asyncio.run(main())
