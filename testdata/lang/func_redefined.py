# Checks: a def that a later def of the same name replaces before anything
# uses it: the later one is what runs, for a module-level function, a method
# (next to a property with its setter) and a nested function called between
# its two definitions.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1

    def bump(self):
        self.n += 10

    @property
    def value(self):
        return self.n

    @value.setter
    def value(self, v):
        self.n = v


def f():
    return 1


def f():
    return 2


def outer():
    def g():
        return "first"

    print(g())

    def g():
        return "second"

    print(g())


c = Counter()
c.bump()
print(c.value, f())
c.value = 5
print(c.value)
outer()
