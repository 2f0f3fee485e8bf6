# Checks: repr of a pending task that has not started, and of one suspended
# in a sleep (running at its current line).
import asyncio


async def sleeper():
    await asyncio.sleep(0.05)


async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t


if __name__ == '__main__':
    asyncio.run(main())
