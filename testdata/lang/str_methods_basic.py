# Checks: common str methods: case changes, strip family, split/rsplit/splitlines,
# join, replace, find/rfind/index/count, startswith/endswith (with tuples).


def main():
    s = "  Hello, World  "
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
    t = s.strip()
    print(t.lower(), t.upper(), t.swapcase(), "hello world".title(), "hello World".capitalize())
    print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
    print("one\ntwo\r\nthree\n".splitlines(), "".split(","), "".split())
    print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
    print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("", "-"))
    print("banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".index("n"))
    print("banana".count("a"), "banana".count("an"), "banana".count(""))
    print(t.startswith("Hell"), t.endswith(("x", "ld")), t.startswith("World", 7))
    print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "Ab".isupper(), "ab".islower())
    print("x".center(7, "*"), "x".ljust(4, ".") + "|", "x".rjust(4) + "|", "42".zfill(5), "-42".zfill(5))
    print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
    print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))


main()
