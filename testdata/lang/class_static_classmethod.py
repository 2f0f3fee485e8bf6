# Checks: @staticmethod and @classmethod called on the class and on instances,
# alternative constructors, and cls in a subclass.


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_string(cls, text):
        xs, ys = text.split(",")
        return cls(int(xs), int(ys))

    @staticmethod
    def distance2(a, b):
        return (a.x - b.x) ** 2 + (a.y - b.y) ** 2

    @classmethod
    def kind(cls):
        return cls.__name__ + " in " + str(cls.dims) + "D"

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    dims = 3


def main():
    o = Point.origin()
    p = Point.from_string("3,4")
    print(o, p)
    print(Point.distance2(o, p), p.distance2(p, o))
    print(Point.kind(), Point3.kind(), p.kind())
    q = Point3.origin()
    print(q, type(q).__name__)


main()
