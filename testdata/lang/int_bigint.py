# Checks: integers beyond 64 bits stay exact: powers, factorials, products that
# overflow int64, big negative values, comparisons and printing.
# trace: keep-ints


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def main():
    print(2 ** 63, 2 ** 64, 2 ** 100)
    print(-(2 ** 63) - 1)
    print(9223372036854775807 + 1)
    print(3 ** 80)
    f = factorial(25)
    print(f, len(str(f)))
    big = 10 ** 30
    print(big // 7, big % 7, -big // 7)
    print(big * big)
    print(big - 1 < big, big == 10 ** 30, big > 2 ** 64)
    a = 123456789123456789
    b = 987654321987654321
    print(a * b)
    print((a * b) // a == b)
    x = 1
    for _ in range(70):
        x *= 2
    print(x, x >> 60, x & 0xFFFF)
    print(abs(-(10 ** 25)), -(10 ** 25) // 3)


main()
