# Checks: runtime errors raised by built-in operations are catchable Python
# exceptions with CPython's exact messages.


def main():
    checks = [
        ("list index", lambda: [1, 2, 3][5]),
        ("tuple index", lambda: (1,)[2]),
        ("str index", lambda: "abc"[-4]),
        ("dict key", lambda: {"a": 1}["b"]),
        ("int key", lambda: {1: 2}[3]),
        ("int div", lambda: 7 // 0),
        ("int mod", lambda: 7 % 0),
        ("true div", lambda: 7 / 0),
        ("float div", lambda: 7.0 / 0),
        ("int parse", lambda: int("12x")),
        ("float parse", lambda: float("nope")),
        ("pop empty", lambda: [].pop()),
        ("list index()", lambda: [1, 2].index(9)),
        ("str index()", lambda: "abc".index("z")),
        ("len int", lambda: len(5)),
        ("add int str", lambda: 1 + "a"),
        ("add str int", lambda: "a" + 1),
        ("none attr", lambda: None.upper()),
        ("str attr", lambda: "x".nope),
        ("empty sep", lambda: "a b".split("")),
        ("remove", lambda: [1].remove(2)),
    ]
    for name, fn in checks:
        try:
            fn()
            print(name, "no error")
        except Exception as e:
            print(f"{name}: {type(e).__name__}: {e}")


main()
