# A chained exception shows the traceback it had when caught: from the
# frame that caught it inward, not the frames above that handler.
import asyncio


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise KeyError(text) from e


def lookup(text):
    try:
        return load(text)
    except KeyError:
        raise RuntimeError("lookup failed")


async def worker(text):
    await asyncio.sleep(0)
    return lookup(text)


async def main():
    print(await worker("12"))
    try:
        await worker("x")
    except RuntimeError as e:
        print("caught", e, type(e.__context__).__name__)
    t = asyncio.create_task(worker("y"))
    try:
        await t
    except RuntimeError:
        raise ValueError("from main")


asyncio.run(main())
