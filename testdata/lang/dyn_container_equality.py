# Checks: equality across numeric types inside containers ([1, 2.0] == [1, 2]),
# dict keys 1, 1.0 and True being the same key (first key kept, last value
# wins), and hash-equal mixed keys in sets.
import asyncio


async def main():
    print([1, 2.0] == [1, 2], (1, True) == (1.0, 1), {"a": 1} == {"a": 1.0})
    d = {1: "int"}
    d[1.0] = "float"
    d[True] = "bool"
    print(d, len(d))
    mixed = {0: "zero", False: "false", 0.0: "fzero"}
    print(mixed)
    await asyncio.sleep(0)
    s = {1, 1.0, True}
    print(s, len(s))
    print(1 in [1.0], 2.0 in {2: "x"}, [0] == [False])


asyncio.run(main())
