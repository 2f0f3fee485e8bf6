# Checks: an exception raised several awaits deep propagates to main, finally
# blocks run on the way, and a task's exception is re-raised when awaited.
import asyncio


class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url} failed with {code}")
        self.code = code


async def fetch(url):
    await asyncio.sleep(0)
    if "bad" in url:
        raise FetchError(url, 500)
    return len(url)


async def middle(url):
    try:
        return await fetch(url)
    finally:
        print("middle cleanup", url)


async def main():
    print(await middle("ok.example"))
    try:
        await middle("bad.example")
    except FetchError as e:
        print("main caught:", e, e.code)
    task = asyncio.create_task(fetch("bad://x"))
    await asyncio.sleep(0.01)
    print("task done:", task.done())
    try:
        await task
    except FetchError as e:
        print("awaited task raised", e.code)
    results = await asyncio.gather(fetch("a"), fetch("bad"), return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
