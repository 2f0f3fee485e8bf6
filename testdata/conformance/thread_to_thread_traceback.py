# Checks: an exception raised in a to_thread function and not caught shows
# CPython's traceback: the awaiting line, asyncio's to_thread and the
# executor's run frames, then the function's own frame.
import asyncio


def parse(text):
    return int(text)


async def main():
    print(await asyncio.to_thread(parse, "7"))
    results = await asyncio.gather(
        asyncio.to_thread(parse, "1"), asyncio.to_thread(parse, "2")
    )
    print(results)
    await asyncio.to_thread(parse, "seven")


if __name__ == '__main__':
    asyncio.run(main())
