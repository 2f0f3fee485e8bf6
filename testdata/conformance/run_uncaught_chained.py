# Checks: an uncaught exception raised while handling another prints both
# tracebacks joined by "During handling of the above exception...".
import asyncio


async def main():
    try:
        await asyncio.sleep(0)
        {}["key"]
    except KeyError:
        raise RuntimeError("lookup failed")


if __name__ == '__main__':
    asyncio.run(main())
