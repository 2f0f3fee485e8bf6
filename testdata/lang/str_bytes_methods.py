# Checks: bytes iteration, comprehensions and conversions, slicing with steps,
# comparisons, split/strip/upper/lower/find/count/replace/hex, bytes(), and the
# IndexError, ValueError, UnicodeDecodeError and TypeError of bytes operations,
# and int in bytes (ValueError outside 0..255).
def main():
    data = b"a b\tc\n"
    for x in b"hi":
        print(x)
    print([x + 1 for x in b"AB"], sorted(b"cab"), set(b"aa"), tuple(b"xy"))
    e = b"" + b""
    print(e, len(e), bool(e), not e, e == b"", e[1:], b"abc"[::-1], b"abcdef"[1:5:2])
    print(data.split(), b"a,,b".split(b","), b"  ".strip(), b"xAy".lower(), b"abc".find(b"c"))
    print(b"abc".startswith(b"ab"), b"abc".endswith(b"x"), b"aaa".count(b"a"), b"abc".count(b""))
    print(b"hello".replace(b"l", b"L"), bytes(3), bytes(), bytes(b"q"), b"x" * -1, 2 * b"yz")
    print(b"b" > b"a", b"ab" <= b"a", b"a" != b"b", b"" in b"x", b"z" not in b"xy")
    try:
        print(b"ab"[5])
    except IndexError as err:
        print("IndexError:", err)
    try:
        print(bytes([300]))
    except ValueError as err:
        print("ValueError:", err)
    try:
        print(b"ok\xc3".decode("utf-8"))
    except UnicodeDecodeError as err:
        print("UnicodeDecodeError:", err)
    try:
        b"x".split(b"")
    except ValueError as err:
        print("ValueError:", err)
    try:
        data[0] = 1
    except TypeError as err:
        print("TypeError:", err)
    print(type(data).__name__, f"{data}", str(b"q"), repr(b"\x01"), data.hex(), b"xy"[True])
    a, b = b"xy"
    print(a, b, 120 in b"xy", 122 not in b"xy")
    try:
        print(256 in data)
    except ValueError as err:
        print("ValueError:", err)


main()
