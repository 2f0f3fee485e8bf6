# Checks: operations whose operands' types rule them out raise TypeError (or
# IndexError) when they run, after their operands are evaluated, with
# CPython's messages: subscripts with an index of the wrong type or of values
# that are not subscriptable, calls of values that are not callable,
# iterating non-iterables, built-ins given the wrong type (len, abs, round,
# ord, chr, hex, format, enumerate, str.join); literal operands also get the
# compiler's SyntaxWarning first; the last error is uncaught.


def show(x):
    print("  evaluated", x)
    return x


def show_float(x):
    print("  evaluated", x)
    return x * 1.0


def f():
    return 1


class Box:
    pass


def main():
    xs = [1, 2]
    s = "abc"
    k = "x"
    n = 5
    fl = 1.5
    tup = (1, "a")
    none = None
    st = {1}
    nums = [1, 2]
    empty = [v for v in nums if v > 5]
    mixed = ["a", 1]
    checks = [
        ("list[str]", lambda: xs[k]),
        ("list[float]", lambda: xs[show_float(fl)]),
        ("str[str]", lambda: s[k]),
        ("str[None]", lambda: s[none]),
        ("tuple[str]", lambda: tup[k]),
        ("tuple out of range", lambda: tup[5]),
        ("int[0]", lambda: n[0]),
        ("float[0]", lambda: fl[0]),
        ("None[0]", lambda: none[0]),
        ("set[0]", lambda: st[0]),
        ("int()", lambda: n()),
        ("str(arg)", lambda: s(show(1))),
        ("list item()", lambda: xs[0]()),
        ("for over int", lambda: [x for x in n]),
        ("list(float)", lambda: list(fl)),
        ("sorted(None)", lambda: sorted(none)),
        ("set(int)", lambda: set(n)),
        ("tuple(function)", lambda: tuple(f)),
        ("max(int)", lambda: max(n)),
        ("chr(float)", lambda: chr(fl)),
        ("hex(str)", lambda: hex(s)),
        ("ord(list)", lambda: ord(xs)),
        ("round(None)", lambda: round(none)),
        ("len(function)", lambda: len(f)),
        ("len(object)", lambda: len(Box())),
        ("abs(list)", lambda: abs(xs)),
        ("enumerate start", lambda: enumerate(s, fl)),
        ("format(1, 5)", lambda: format(1, 5)),
        ("join ints", lambda: ",".join(nums)),
        ("join no ints", lambda: ",".join(empty)),
        ("join mixed", lambda: "-".join(mixed)),
        ("join int", lambda: ",".join(n)),
        ("literal str index", lambda: "abc"["x"]),
        ("literal int call", lambda: 5()),
        ("literal int[0]", lambda: (-1)[0]),
        ("literal list call", lambda: [1]()),
        ("bool index", lambda: (1, 2)[True]),
    ]
    for name, fn in checks:
        try:
            print(name, repr(fn()))
        except (TypeError, IndexError) as e:
            print(f"{name}: {type(e).__name__}: {e}")
    try:
        for x in n:
            print(x)
    except TypeError as e:
        print("for:", e)
    print("before the uncaught error")
    print(n[0])


main()
