# Bad input: a misspelled asyncio function.
import asyncio


async def main():
    await asyncio.sleeep(1)  # ERROR "module 'asyncio' has no attribute 'sleeep'"


asyncio.run(main())
