# Bad input: await at module level.
import asyncio

await asyncio.sleep(1)  # ERROR "'await' outside function"
