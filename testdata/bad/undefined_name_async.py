# Bad input: an undefined name inside an async function.
import asyncio


async def main():
    await asyncio.sleep(delay)  # ERROR "name 'delay' is not defined"
    print("done")


asyncio.run(main())
