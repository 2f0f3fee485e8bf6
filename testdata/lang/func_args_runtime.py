# Checks: *args/**kwargs bound at run time with CPython's TypeErrors, *args in methods,
# coroutines, lambdas and nested defs.
import asyncio


def pair(a, b=2, *, c=3):
    return a + b + c


def collect(*items):
    return len(items), items


def keys(**kw):
    return sorted(kw)


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, *nums):
        for n in nums:
            self.total += n
        return self.total


async def work(tag, *delays):
    for d in delays:
        await asyncio.sleep(d)
    return f"{tag}:{len(delays)}"


async def main():
    args = [1, 5]
    print(pair(*args), pair(*args, c=10))
    three = [1, 2, 3]
    try:
        pair(*three)
    except TypeError as e:
        print("TypeError:", e)
    bad = {"a": 1, "d": 4}
    try:
        pair(**bad)
    except TypeError as e:
        print("TypeError:", e)
    none = []
    try:
        pair(*none)
    except TypeError as e:
        print("TypeError:", e)
    opts = {"b": 7}
    print(pair(1, **opts))
    try:
        pair(1, 2, **opts)
    except TypeError as e:
        print("TypeError:", e)
    print(collect(), collect("x"), collect(*"ab"))
    print(keys(z=1, a=2))
    acc = Acc()
    print(acc.add(1, 2), acc.add(*[3, 4]))
    print(await work("w", 0, 0))
    t = asyncio.create_task(work("t", 0))
    print(await t)
    r = await asyncio.gather(work("g", *[0, 0, 0]), work("h"))
    print(r)
    inner = lambda *xs: sum(xs)
    print(inner(1, 2, 3))

    def nested(first, *rest, **named):
        return first, rest, named

    print(nested(1), nested(1, 2, k=3))


asyncio.run(main())
