# Checks: f-strings with !r, !s and !a conversions, expressions, nested quotes,
# method calls, dict lookups, and the = debugging specifier.


def main():
    name = "O'Neil"
    items = ["a", "b"]
    d = {"k": 1}
    print(f"{name}|{name!r}|{name!s}|{name!a}")
    print(f"{items}|{items!r}|{len(items)}|{items[0]!r}")
    print(f"{d['k']} {d!r} {'nested'} {name.upper()}")
    print(f"{1 + 2} {2 ** 10} {10 / 4} {7 // 2}")
    x = 42
    print(f"{x=} {name=} {x * 2 = }")
    print(f"{None} {True} {3.0} {-0.0}")
    print(f"{{braces}} {x}{{}}")
    tab = "tab\t"
    print(f"{tab!r} {tab!s}|")


main()
