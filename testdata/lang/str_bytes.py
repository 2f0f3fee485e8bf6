# Checks: bytes literals, repr of bytes (printable ASCII kept, others as \x escapes),
# .decode(), str.encode(), len, indexing yielding ints, and slicing yielding bytes.


def main():
    b = b"hello"
    print(b, repr(b), len(b), b[0], b[1:3], b[-1])
    print(b.decode(), b.decode("utf-8"), type(b.decode()).__name__)
    e = "caf\u00e9".encode()
    print(e, len(e), e.decode())
    print(b"tab\tnl\n\x00\xff", b"it's", b'say "x"')
    print(b"a" + b"b", b"ab" * 2, b"x" in b"xyz", b"abc" == b"abc", b"a" < b"b")
    print(list(b"AZ"), bytes([104, 105]), b"A,B".split(b","))
    print(b"  pad ".strip(), b"abc".upper(), b"hex".hex())
    try:
        b"\xff".decode()
    except UnicodeDecodeError as err:
        print("UnicodeDecodeError:", err)


main()
