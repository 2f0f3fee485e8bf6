# Checks: float repr/str use the shortest round-trip form, with CPython's switch
# to exponent notation at 1e16 and 1e-5, and '.0' on integral values.


def main():
    values = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789012345678.0,
              1e22, 1e-4, 1e-5, 0.00012345, 1.5e-10, 5e-324, 1.7976931348623157e308, 2.5, 1e100,
              3.14159, 1234.5678, 0.3, 9007199254740993.0]
    for v in values:
        print(v, repr(v), str(v))
    print([0.1, 1e-7, 2.0])
    print((1.0,), {"f": 0.5})
    print(float(10), float("1e3"), float("-.5"), float(" 2.25 "))


main()
