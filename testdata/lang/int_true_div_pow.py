# Checks: / always yields a float, ** with negative exponents yields floats, int
# ** int stays int, and mixing int with float in arithmetic.


def main():
    print(6 / 3, 7 / 2, -7 / 2, 1 / 3)
    print(type(6 / 3).__name__, type(6 // 3).__name__)
    print(2 ** 10, 2 ** -1, 10 ** -3, (-2) ** 3, (-2) ** 2, -2 ** 2)
    print(2 ** 0.5, 4 ** 0.5, 0 ** 0)
    print(1 + 2.0, 3 * 0.5, 10 - 0.25, 7 // 2.0, 7 % 2.5)
    print(3 == 3.0, 2 < 2.5, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16)
    print(True + True, True * 10, False - 1)
    print(pow(3, 4), pow(2, -2), pow(3, 4, 5))
    print(10 ** 18 / 10 ** 9, 2 ** 53 + 1.0)


main()
