# Checks: chained comparisons (evaluated once, short-circuiting), is / is not,
# in / not in, and comparison results printed as booleans.


def noisy(v):
    print("eval", v)
    return v


def main():
    x = 5
    print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
    print(1 < 2 < 3 < 4 < 5, 5 > 4 > 4)
    print(x == 5 == 5.0, 1 != 2 != 1)
    print(noisy(1) < noisy(2) < noisy(3))
    print(noisy(3) < noisy(2) < noisy(1))
    a = [1, 2]
    b = [1, 2]
    print(a == b, a is b, a is not b)
    print(2 in a, 3 not in a, "el" in "hello", "z" in "hello")
    print("a" < "b" <= "b", "abc" < "abd", "Z" < "a")
    print(None is None, x is not None)


main()
