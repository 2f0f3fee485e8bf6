# Checks: three levels of nested functions reading and rebinding outer variables,
# and a closure over a loop variable of an enclosing function.


def level1(a):
    b = a * 2

    def level2(c):
        d = b + c

        def level3(e):
            nonlocal d
            d += e
            return a + b + c + d + e

        r1 = level3(1)
        r2 = level3(1)
        return r1, r2, d

    return level2(10)


def multipliers():
    result = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result


def main():
    print(level1(1))
    print([m(5) for m in multipliers()])


main()
