# Checks: gather(return_exceptions=True) puts exceptions in the result list
# in argument order, alongside normal results.
import asyncio


async def ok(v):
    await asyncio.sleep(0.01)
    return v


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok(1), bad("one"), ok(2), bad("two"), return_exceptions=True)
    for r in results:
        print(repr(r))


if __name__ == '__main__':
    asyncio.run(main())
