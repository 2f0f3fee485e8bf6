# Checks: str.format with automatic, positional and keyword fields, attribute and
# index access in fields, conversions, specs, and literal braces.


class P:
    def __init__(self):
        self.x = 3
        self.y = 4


def main():
    print("{} + {} = {}".format(1, 2, 3))
    print("{1} {0} {1}".format("a", "b"))
    print("{name} is {age}".format(name="Bo", age=7))
    print("{0[1]} {d[k]} {p.x},{p.y}".format([10, 20], d={"k": "v"}, p=P()))
    print("{!r} {!s} {!a}".format("x", "x", "caf\u00e9"))
    print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
    print("{:08.3f}|{:+,}|{:_x}|{:#b}".format(3.14159, 1234567, 65535, 5))
    print("{{literal}} {}".format("braces"))
    print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
    fmt = "{:>5}: {:.1%}"
    for label, v in [("a", 0.5), ("bb", 0.123), ("ccc", 1.0)]:
        print(fmt.format(label, v))
    print(format(255, "x"), format(0.5, ".3f"), format("s", "^5"), format(1234, ","))


main()
