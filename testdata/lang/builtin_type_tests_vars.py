# Checks: isinstance and type(x) comparisons of variables (static and mixed
# types) against built-in types, issubclass of built-in types, and
# type(x).__name__ of datetime values and functions.


class Shape:
    pass


class Square(Shape):
    pass


def describe(v):
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "text"
    return type(v).__name__


def main():
    items = [1, 2.5, "s", [1], None, True]
    print([describe(v) for v in items])
    xs = [1, 2]
    n = 3
    print(isinstance(xs, list), isinstance(xs, (tuple, dict)), isinstance(n, bool), isinstance(n, object))
    print(type(xs) == list, type(n) is int, type(n) != float, type(xs) is not tuple)
    shapes = [Shape(), Square()]
    print([type(s).__name__ for s in shapes], [type(s) is Square for s in shapes])
    print(issubclass(bool, object), issubclass(str, int), issubclass(list, list))
    print(type(describe).__name__, type(print).__name__)


main()
