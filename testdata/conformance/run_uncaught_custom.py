# Checks: an uncaught exception of a class defined in the program is shown
# with its bare class name in the final traceback line.
import asyncio


class ConfigError(Exception):
    pass


async def load():
    raise ConfigError("bad config: port=-1")


async def main():
    try:
        await load()
    finally:
        print("finally before exit")


if __name__ == '__main__':
    asyncio.run(main())
