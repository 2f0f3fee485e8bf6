# Checks: recursive coroutines: an async function awaiting itself (inline, same
# task), recursion fanning out into tasks with gather, and recursion depth in
# the hundreds.
import asyncio


async def countdown(n, out):
    if n == 0:
        return 0
    out.append(n)
    await asyncio.sleep(0)
    return 1 + await countdown(n - 1, out)


async def tree_sum(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    left, right = await asyncio.gather(tree_sum(depth - 1), tree_sum(depth - 1))
    return left + right + 1


async def deep(n):
    if n == 0:
        return "bottom"
    return await deep(n - 1)


async def main():
    out = []
    print(await countdown(5, out), out)
    print(await tree_sum(4))
    print(await deep(300))


asyncio.run(main())
