# Bad input: an asyncio attribute that does not exist.
import asyncio


async def job():
    return 1


async def main():
    task = asyncio.create_tasks(job())  # ERROR "module 'asyncio' has no attribute 'create_tasks'"
    print(await task)


asyncio.run(main())
