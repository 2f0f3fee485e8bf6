# Checks: repr of a task that finished with an exception.
import asyncio


async def fail():
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(fail(), name="failing")
    try:
        await t
    except KeyError:
        pass
    print(repr(t))


if __name__ == '__main__':
    asyncio.run(main())
