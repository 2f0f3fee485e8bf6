# Checks: repr of deeply nested mixed containers: lists inside tuples inside dicts,
# strings needing both quote kinds, floats, None, bools and empty containers.
import asyncio


async def main():
    data = {
        "list": [1, [2, [3, ["four"]]]],
        "tuple": (1, "two", (3.0, None)),
        "single": ("only",),
        "empty": [[], (), {}, ""],
        "quotes": ["it's", 'say "x"', "both ' \""],
        "num": [0.1, 1e-05, 1e16, -0.0, 2 ** 65],
        (1, 2): {"nested": {"deep": [True, False, None]}},
    }
    await asyncio.sleep(0)
    print(data)
    for k, v in data.items():
        print(repr(k), "->", v)
    print(str(data["tuple"]), repr(data["single"]))


asyncio.run(main())
