# Checks: map with one and two iterables, map with built-in functions, filter with
# a function and with None, and their lazy single use.
import asyncio


def square(n):
    return n * n


async def main():
    print(list(map(square, [1, 2, 3])))
    print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
    print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
    print(list(filter(lambda n: n % 2, range(10))))
    print(list(filter(None, [0, 1, 0, 5])), list(filter(None, ["", "x", ""])))
    print(list(filter(str.isdigit, ["1", "a", "22"])))
    m = map(square, [4, 5])
    print(list(m), list(m))
    await asyncio.sleep(0)
    print(sum(map(square, range(4))), max(map(abs, [-9, 3])))
    print(", ".join(map(str.upper, ["x", "y"])))


asyncio.run(main())
