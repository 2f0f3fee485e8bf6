# Bad input: await without an expression.
import asyncio


async def main():
    await  # ERROR "invalid syntax"
    print("done")


asyncio.run(main())
