# Checks: map() and filter() objects held in variables are lazy one-shot
# iterators: the function runs as items are taken, a second pass sees nothing,
# the iterables are those of the call, an exception surfaces at the failing
# item and the iterator goes on after it, and consumers (sum, sorted, join,
# min, set, tuple, any, all) take what is left.
import asyncio


def loud(n):
    print("  loud", n)
    return n * 10


def check_positive(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


def consumers():
    m = map(loud, [1, 2, 3])
    print("sum", sum(m), "then", sum(m))
    m2 = map(loud, [5, 4])
    print("sorted", sorted(m2), sorted(m2))
    m3 = map(str, [7, 8])
    print("join", "+".join(m3), "[" + "+".join(m3) + "]")
    m4 = filter(lambda s: s != "b", ["a", "b", "c"])
    print("max", max(m4))
    m5 = map(loud, [10, 20, 10])
    print("set", sorted(set(m5)), len(set(m5)))
    m6 = map(loud, [3, 1])
    print("min", min(m6))
    m7 = map(loud, [3, 1])
    print("tuple", tuple(m7), tuple(m7))
    m8 = map(loud, [1, 2])
    print("any", any(m8), list(m8))
    h = filter(None, [1, 0, 2])
    print("all", all(h), any(h), list(h))


async def main():
    m = map(loud, [1, 2, 3])
    print("map created")
    for v in m:
        print("got", v)
        if v == 20:
            break
    print("rest", list(m))
    print("again", list(m))

    evens = filter(lambda n: n % 2 == 0, range(7))
    print("evens", list(evens), "then", list(evens))

    words = ["a", "bb", "ccc"]
    lengths = map(len, words)
    words = ["changed"]
    print(list(lengths), words)

    pairs = map(lambda a, b: f"{a}{b}", "xyz", [1, 2])
    print([p.upper() for p in pairs], list(pairs))

    checked = map(check_positive, [3, -1, 5])
    try:
        for v in checked:
            print("checked", v)
    except ValueError as e:
        print("ValueError", e)
    print("after the error", list(checked))

    nums = map(int, ["1", "2", "x3", "4"])
    try:
        print(list(nums))
    except ValueError as e:
        print("ValueError", e)
    print("left", list(nums))

    kept = filter(None, [0, 4, "", 5])
    await asyncio.sleep(0)
    print(list(kept), max(filter(None, [1, 9])))
    consumers()


asyncio.run(main())
