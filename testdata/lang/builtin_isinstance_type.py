# Checks: isinstance with single types and tuples of types, bool being an int,
# type(x).__name__ for built-in and user types, and type(x) == / is comparisons.


class Base:
    pass


class Child(Base):
    pass


def main():
    print(isinstance(3, int), isinstance(3.0, int), isinstance(3.0, (int, float)))
    print(isinstance(True, int), isinstance("s", str), isinstance([], (tuple, list)))
    print(isinstance(Child(), Base), isinstance(Base(), Child), isinstance(None, object))
    print(isinstance({}, dict), isinstance(set(), set), isinstance((1,), tuple), isinstance(b"", bytes))
    print(type(3).__name__, type(2.5).__name__, type("").__name__, type(True).__name__, type(None).__name__)
    print(type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__, type(b"").__name__)
    print(type(range(1)).__name__, type(Child()).__name__, type(len).__name__, type(main).__name__)
    print(type(3) == int, type(True) is bool, type(True) == int, type(Child()) is Base)
    print(issubclass(bool, int), issubclass(Child, Base), issubclass(int, float))


main()
