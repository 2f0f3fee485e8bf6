# Checks: variables that hold either None or a value (Optional): defaults of None,
# lookups returning None, "is None" tests, and None in f-strings and containers.
import asyncio


def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return None


async def fetch(key, cache=None):
    await asyncio.sleep(0)
    if cache is None:
        cache = {}
    return cache.get(key)


async def main():
    pos = find(["a", "b"], "b")
    print(pos, pos is None)
    pos = find(["a", "b"], "z")
    print(pos, pos is None, f"{pos!r}")
    print(await fetch("x"), await fetch("x", {"x": 42}))
    best = None
    for n in [5, 3, 8, 1]:
        if best is None or n > best:
            best = n
    print("best", best)
    result = await fetch("missing", {"k": 1})
    print(result if result is not None else "default")


asyncio.run(main())
