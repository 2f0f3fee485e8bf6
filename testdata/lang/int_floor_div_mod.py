# Checks: // and % floor toward negative infinity for every sign combination,
# divmod, and the identity a == (a // b) * b + a % b.


def main():
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, -10)]
    for a, b in pairs:
        q = a // b
        r = a % b
        print(f"{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   divmod = {divmod(a, b)}")
        assert q * b + r == a
    print(-1 // 3, -1 % 3, -(1 // 3))
    print(int(-7 / 2), -7 // 2)
    print(-(2 ** 70) // 3, -(2 ** 70) % 3)


main()
