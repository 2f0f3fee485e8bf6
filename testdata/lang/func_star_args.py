# Checks: *args and **kwargs in definitions, and * / ** unpacking in calls.


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def describe(prefix, *args, sep="-", **kwargs):
    parts = [prefix]
    for a in args:
        parts.append(str(a))
    for k, v in kwargs.items():
        parts.append(f"{k}={v}")
    return sep.join(parts)


def point(x, y, z):
    return f"({x}, {y}, {z})"


def main():
    print(total())
    print(total(1, 2, 3))
    nums = [4, 5, 6]
    print(total(*nums))
    print(total(1, *nums, 10))
    print(describe("p"))
    print(describe("p", 1, 2))
    print(describe("p", 1, sep="+", color="red", size=3))
    opts = {"a": 1, "b": 2}
    print(describe("q", *nums, **opts))
    print(point(*[1, 2], 3))
    print(point(**{"z": 3, "x": 1, "y": 2}))
    args = (7, 8, 9)
    print(point(*args))
    print(type(args).__name__, len(args))


main()
