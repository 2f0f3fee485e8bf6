# Checks: sum (with start), abs of ints/floats/big ints, round with and without
# ndigits, and divmod of ints and floats with negative operands.


def main():
    print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1, 0.2, 0.3]))
    print(sum([[1], [2, 3]], []))
    print(abs(-5), abs(5), abs(-2.5), abs(-(10 ** 20)), abs(0), abs(-0.0))
    print(round(3.7), round(-3.7), round(3.14159, 2), round(2.5), round(3.5), round(-2.5))
    print(round(12345, -2), round(0.125, 2), round(0.375, 2), round(5e-324, 3))
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5))
    print(divmod(10 ** 20, 7))


main()
