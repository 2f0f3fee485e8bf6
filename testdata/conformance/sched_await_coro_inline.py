# Checks: awaiting a coroutine runs it inline in the same task; a task that
# was created earlier does not run until something really yields.
import asyncio


async def background():
    print("background runs")


async def helper(depth):
    print(f"helper {depth} enter")
    if depth > 0:
        await helper(depth - 1)
    print(f"helper {depth} exit")
    return depth


async def main():
    t = asyncio.create_task(background())
    r = await helper(3)
    print(f"helper returned {r}")
    print(f"background done before yield: {t.done()}")
    await asyncio.sleep(0)
    print(f"background done after yield: {t.done()}")


if __name__ == '__main__':
    asyncio.run(main())
