# Bad input: a call to a function that is never defined.
import asyncio


async def main():
    result = await fetch_all(["a", "b"])  # ERROR "name 'fetch_all' is not defined"
    print(result)


asyncio.run(main())
