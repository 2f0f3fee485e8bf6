# A str compared with a number: == and != are simply False and True (both
# operands still evaluated), an ordering is a TypeError.
import asyncio


def noisy(v):
    print("evaluated", repr(v))
    return v


async def main():
    n = 0
    s = ""
    print(n != s, n == s, 1.5 == "1.5", True == "True", "a" != 2)
    print(noisy(3) == noisy("3"))
    for b in ["1", "x"]:
        try:
            print(n < b)
        except TypeError as e:
            print("TypeError:", e)
    try:
        print("b" >= 2.5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
