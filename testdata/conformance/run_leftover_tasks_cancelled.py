# Checks: when main returns, asyncio.run cancels tasks still pending and lets
# their cleanup run (including awaits) before returning.
import asyncio

log = []


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        await asyncio.sleep(0)
        log.append(f"{name} cleanup done")
        raise


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0.01)
    print("main returning")
    return "main result"


if __name__ == '__main__':
    result = asyncio.run(main())
    print(result)
    print(sorted(log))
