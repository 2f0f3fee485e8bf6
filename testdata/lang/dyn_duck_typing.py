# Checks: duck typing: one function called with objects of unrelated classes that
# share a method name, and a list holding those objects.
import asyncio


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def __repr__(self):
        return f"Circle({self.r})"


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return f"Square({self.side})"


class Label:
    def area(self):
        return "n/a"

    def __repr__(self):
        return "Label()"


async def report(shape):
    await asyncio.sleep(0)
    return f"{shape!r}: {shape.area()}"


async def main():
    shapes = [Circle(2), Square(3), Label(), Square(1)]
    print(shapes)
    for line in await asyncio.gather(*(report(s) for s in shapes)):
        print(line)
    numeric = [s.area() for s in shapes if not isinstance(s, Label)]
    print(numeric, sum(numeric))


asyncio.run(main())
