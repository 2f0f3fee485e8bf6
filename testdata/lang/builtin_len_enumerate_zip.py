# Checks: len of every container type, enumerate with start, zip of unequal
# lengths (stops at the shortest), zip of three, unzipping with zip(*pairs).
import asyncio


async def main():
    print(len([1, 2]), len("hey"), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"ab"))
    names = ["ann", "bob", "cy"]
    for i, n in enumerate(names):
        print(i, n)
    for i, n in enumerate(names, start=1):
        await asyncio.sleep(0)
        print(f"{i}. {n}")
    print(list(enumerate("ab", 10)))
    ages = [31, 25]
    print(list(zip(names, ages)))
    print(list(zip(names, ages, "XYZ")))
    pairs = [(1, "a"), (2, "b"), (3, "c")]
    nums, letters = zip(*pairs)
    print(nums, letters)
    print(dict(zip(names, range(3))))
    print(list(zip()), list(zip([1, 2], [])))


asyncio.run(main())
