# Checks: a class with __init__, instance attributes, methods calling each other,
# attribute mutation from outside, and class attributes shared by instances.


class Counter:
    created = 0

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.created += 1

    def inc(self, by=1):
        self.value += by
        return self.value

    def twice(self):
        self.inc()
        return self.inc()

    def describe(self):
        return f"{self.name}={self.value}"


def main():
    a = Counter("a")
    b = Counter("b", 10)
    a.inc()
    a.inc(5)
    print(a.describe(), b.describe())
    print(b.twice())
    b.value = 0
    print(b.describe())
    print(Counter.created, a.created)
    items = [Counter(f"c{i}", i) for i in range(3)]
    print([c.describe() for c in items])
    print(Counter.created)


main()
