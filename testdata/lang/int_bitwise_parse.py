# Checks: bitwise operators on positive and negative ints, shifts, int() parsing
# with bases and whitespace, bin/hex/oct, and int() of floats truncating.


def main():
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, -a & 0xF, ~0)
    print(1 << 10, 1 << 65, -16 >> 2, -1 >> 10, 1023 >> 3)
    print(int("42"), int("  -17  "), int("+8"), int("1_000"))
    print(int("ff", 16), int("0x1F", 16), int("777", 8), int("101", 2), int("z", 36))
    print(int("0b111", 0), int("0o17", 0), int("99", 0))
    print(bin(10), hex(255), oct(8), bin(-5), hex(-255))
    print(int(3.99), int(-3.99), int(1e20), int(True))
    print(0xFF, 0o17, 0b11, 1_000_000)
    for text in ["12.5", "", "0x10", "1__0"]:
        try:
            print(int(text))
        except ValueError as e:
            print("ValueError:", e)


main()
