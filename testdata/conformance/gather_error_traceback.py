# Checks: the traceback of an exception a gathered coroutine raises, not
# caught: the awaiting frame is underlined from its await to the end of
# the gather call, then the coroutine's own frame.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(n)
    return n


async def main():
    results = await asyncio.gather(work(1), work(2), work(3))
    print(results)


if __name__ == '__main__':
    asyncio.run(main())
