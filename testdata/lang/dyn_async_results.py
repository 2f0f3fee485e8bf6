# Checks: gather with return_exceptions=True returning a mix of values and
# exception objects, then dispatching on the kind of each result.
import asyncio


async def task(kind):
    await asyncio.sleep(0)
    if kind == "int":
        return 42
    if kind == "str":
        return "text"
    if kind == "list":
        return [1, 2]
    if kind == "err":
        raise KeyError("missing")
    return None


async def main():
    kinds = ["int", "str", "err", "list", "none"]
    results = await asyncio.gather(*(task(k) for k in kinds), return_exceptions=True)
    print(results)
    for k, r in zip(kinds, results):
        if isinstance(r, Exception):
            print(k, "failed:", type(r).__name__, r)
        elif r is None:
            print(k, "no value")
        else:
            print(k, "ok:", repr(r), type(r).__name__)


asyncio.run(main())
