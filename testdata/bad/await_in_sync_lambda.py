# Bad input: await inside a lambda, which is never async.
import asyncio


async def main():
    delay = lambda: await asyncio.sleep(0)  # ERROR "'await' outside async function"
    delay()


asyncio.run(main())
