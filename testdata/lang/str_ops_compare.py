# Checks: string concatenation, repetition, membership, comparison (lexicographic by
# code point), ord/chr, iteration, len, and immutability errors.


def main():
    a = "abc"
    b = "abd"
    print(a + b, a * 3, 0 * a == "", "-" * 10)
    print(a < b, a == "abc", "B" < "a", "apple" < "apples", "Zebra" < "apple", "" < "a")
    print("b" in a, "bc" in a, "cb" in a, "" in a)
    print(ord("A"), ord("\u00e9"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
    print([c for c in "hey"], list("hi"), len("hello"), len(""))
    print(sorted("banana"), max("hello"), min("hello"))
    print(str(42), str(-1.5), str(True), str(None), str([1, 2]))
    try:
        a[0] = "z"
    except TypeError as e:
        print("TypeError:", e)
    s = ""
    for ch in reversed("stressed"):
        s += ch
    print(s)


main()
