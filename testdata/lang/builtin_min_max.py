# Checks: min and max over iterables and over several arguments, with key= and
# default=, on strings and tuples, and the ValueError for empty sequences.
import asyncio


async def main():
    nums = [4, -7, 2, 9, -1]
    print(min(nums), max(nums), min(3, 1, 2), max(3, 1, 2))
    print(min(nums, key=abs), max(nums, key=lambda n: n % 5))
    print(max("apple", "pear", "fig"), max(["apple", "pear", "fig"], key=len))
    print(min([], default=0), max([], default=-1))
    print(min((2, "b"), (1, "z"), (1, "a")), max("hello"))
    print(max([1.5, 2.25, 0.5]), min(2.5, 3.0))
    words = ["aa", "b", "cc"]
    print(max(words, key=len), min(words, key=len))
    await asyncio.sleep(0)
    try:
        print(min([]))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(max(x for x in []))
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
