# Checks: TypeErrors and AttributeErrors of dynamic values where CPython
# raises them: iterating over a value that is not iterable, dict methods of a
# value that is not a dict, and "or" that evaluates its second operand only
# when the first is false; functions of one list that may raise.
import asyncio


def half(x):
    return x // 2


def inv(x):
    return 10 // x


def pick(flag):
    return [1, 2] if flag else 7


async def main():
    for flag in [True, False]:
        value = pick(flag)
        try:
            for v in value:
                print("item", v)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(value.get(0))
        except AttributeError as e:
            print("AttributeError:", e)
    await asyncio.sleep(0)
    best = None
    for n in [4, 9, 2]:
        if best is None or n > best:
            best = n
    print("best", best)
    for f in [half, inv]:
        try:
            print(f.__name__, f(0))
        except ZeroDivisionError as e:
            print(f.__name__, "ZeroDivisionError:", e)


asyncio.run(main())
