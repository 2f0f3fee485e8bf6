# Checks: conversion built-ins str, int, float, bool, list, tuple, dict, set on
# typical inputs, and their zero-argument forms.
import asyncio


async def main():
    print(str(12), str(1.0), str(-0.5), str(True), str(None), str(b"x"), str("s"))
    print(int("7"), int(7.9), int(-7.9), int(True), int(" 12 "), int())
    print(float("3.5"), float(2), float("-1e3"), float(" 7 "), float())
    print(bool(0), bool(3), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool())
    print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list())
    print(tuple([1, 2]), tuple("hi"), tuple(), tuple(range(2)))
    print(dict([("a", 1)]), dict(b=2), dict({"c": 3}), dict())
    print(sorted(set([3, 3, 1])), set(), sorted(set("aab")))
    await asyncio.sleep(0)
    print(repr(str(3.0)), repr(int("-0")), repr(float("inf")))
    print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])


asyncio.run(main())
