# Checks: a helper called with lambdas that return values of different
# types (int, str, list, dict of tuples, None, a user object, a float) prints,
# formats and discards their results; callbacks that raise are caught by the
# helper; a helper taking two such callbacks; a helper that keeps the
# callback's result in a variable and compares it still works; a tuple
# display of different functions (lambdas and a def) is iterated.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (ValueError, KeyError) as e:
        print(label, "failed:", type(e).__name__, e)


def shout(label, fn):
    print(f"{label.upper()}: {fn()!r} / {str(fn())}")


def both(first, second):
    fn_a = first
    print("first", first(), "second", second())
    first()


def keeps(fn):
    r = fn()
    if r == 3:
        print("three")
    else:
        print("not three:", r)


def side(n):
    print("side effect", n)


def parse(s):
    return int(s)


table = {"a": 1}
attempt("int", lambda: 40 + 2)
attempt("str", lambda: "x" * 3)
attempt("list", lambda: [i * i for i in range(4)])
attempt("dict", lambda: {"k": (1, 2.5)})
attempt("none", lambda: side(7))
attempt("print", lambda: print("printing inside"))
attempt("point", lambda: Point(1, 2))
attempt("float", lambda: 1 / 3)
attempt("bad int", lambda: parse("q"))
attempt("good int", lambda: parse("12"))
attempt("missing key", lambda: table["b"])
shout("tuple", lambda: (1, "two"))
shout("bool", lambda: 3 > 2)
both(lambda: "one", lambda: 2)
both(lambda: [1], lambda: None)
keeps(lambda: 3)
keeps(lambda: "3")


def double(x):
    return x * 2


for name, f in (("inc", lambda x: x + 1), ("double", double), ("neg", lambda x: -x)):
    print(name, f(10))
for g in (lambda: "a", lambda: "b"):
    print(g())
