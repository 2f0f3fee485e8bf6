# Checks: numeric format types in f-strings: d x X o b c e E f F g G % and n-less
# variants, sign (+ - space), alternate form (#), grouping (, and _), precision.
# trace: keep-ints


def main():
    n = 1234567
    print(f"{n:d} {n:,} {n:_} {n:+} {-n:,} {n: }|{-5: }")
    print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {5:b} {5:#010b} {0xDEADBEEF:_x}")
    print(f"{65:c} {3:03d} {-3:03d} {42:+05d}")
    x = 12345.6789
    print(f"{x:f} {x:.2f} {x:,.2f} {x:.0f} {x:e} {x:.2E} {x:g} {x:.3g} {x:G}")
    print(f"{0.000012345:g} {123456789.0:g} {1e16:g} {100.0:g} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
    print(f"{0.1234:%} {0.1234:.1%} {1:.0%} {2.5:+.2f} {-0.0:f} {-0.001:.2f}")
    print(f"{float('inf'):f} {float('nan'):F} {float('-inf'):10.2f}|")
    print(f"{1e100:.3e} {1/3:.10f} {2/3:.15g} {1234.5:.6}")
    print(f"{10 ** 20:,} {-(2 ** 70):_d} {2 ** 64:x}")
    print(f"{3:.2f} {7:e} {True:d} {1.0:}")


main()
