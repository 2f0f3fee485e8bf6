# Bad input: importing a name asyncio does not have.
import asyncio
from asyncio import gatherr  # ERROR "cannot import name 'gatherr' from 'asyncio'"


async def main():
    print(await gatherr())


asyncio.run(main())
