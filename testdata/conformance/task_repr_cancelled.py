# Checks: repr of a cancelled task, and of a task with cancel requested but
# not yet processed.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper(), name="victim")
    await asyncio.sleep(0)
    t.cancel()
    print(repr(t))
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t))


if __name__ == '__main__':
    asyncio.run(main())
