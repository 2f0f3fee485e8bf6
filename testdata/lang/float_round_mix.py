# Checks: round() with banker's rounding and ndigits, float // and % with negatives,
# int/float mixing in comparisons and sums, and float methods.


def main():
    print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
    print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5, -2))
    print(round(7), round(7.0), round(-7.7), type(round(7.5)).__name__, type(round(7.5, 1)).__name__)
    print(round(1250, -2), round(1350, -2), round(15, -1))
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
    print(divmod(7.5, 2), divmod(-7.5, 2))
    print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
    print(sum([0.1] * 10), sum([1.0, 2.5, 3.0]))
    print(1.5.is_integer(), 2.0.is_integer(), (0.25).as_integer_ratio())
    print(3 * 1.1, 1.1 + 2.2, 2.2 - 1.1)
    print(abs(-2.5), -2.5 * -2, 1e3 == 1000)


main()
