# Checks: and/or returning operand values (not just bools), short-circuiting,
# not, and conditional expressions combined with them.


def side(tag, value):
    print("eval", tag)
    return value


def main():
    print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
    print("" or "default", "set" or "default")
    print([] or [1], [2] and [3])
    print(not 0, not 7, not "", not [0])
    print(side("a", False) and side("b", True))
    print(side("c", True) or side("d", False))
    print(side("e", 1) and side("f", 0) or side("g", "fallback"))
    n = 7
    print("odd" if n % 2 else "even", "big" if n > 5 and n < 100 else "other")


main()
