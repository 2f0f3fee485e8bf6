# Checks: inf and nan: creation from strings and overflow, printing, comparisons
# (nan != nan), arithmetic with inf, and float() of special strings.


def main():
    inf = float("inf")
    nan = float("nan")
    print(inf, -inf, nan, repr(inf), str(-inf))
    print(float("-Infinity"), float("NaN"), float("+inf"))
    print(1e308 * 10, -1e308 * 10)
    print(inf + 1, inf - inf, inf * 0, 1 / inf)
    print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
    print([inf, nan], (nan,))
    print(inf == float("inf"), max(1.0, inf), min(-inf, 0.0))
    x = nan
    print(x == x, x is x)
    try:
        int(inf)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        int(nan)
    except ValueError as e:
        print("ValueError:", e)


main()
