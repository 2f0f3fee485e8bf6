# Checks: operands are evaluated left to right even when a later one changes
# what an earlier one read: call arguments, print arguments, list, tuple and
# dict displays, binary operators, f-strings and unpacking, with list.pop,
# dict.pop, setdefault and a function changing a global or an attribute.

counter = 0


def bump():
    global counter
    counter += 1
    return counter


class Tally:
    def __init__(self):
        self.n = 0

    def add(self):
        self.n += 10
        return self.n


def pair(a, b):
    return (a, b)


def main():
    xs = [1, 2, 3]
    print(len(xs), xs.pop())
    xs = [1, 2, 3]
    print(pair(len(xs), xs.pop()))
    m = {"a": 1, "b": 2}
    print(list(m), m.pop("a"), m)
    d = {"k": 1}
    print("k" in d, d.pop("k"), "k" in d)
    zs = [1]
    print(f"{zs}", zs.pop(), zs)
    xs = [1, 2, 3]
    print([len(xs), xs.pop()], (sum(xs), xs.pop()))
    xs = [1, 2, 3]
    print(len(xs) + xs.pop())
    xs = [1, 2, 3]
    print({"n": len(xs), "p": xs.pop()})
    xs = [1, 2, 3]
    print(f"{len(xs)} {xs.pop()}")
    xs = [4, 5]
    a, b = len(xs), xs.pop()
    print(a, b)
    cache = {}
    print(len(cache), cache.setdefault("x", 1), len(cache))
    print(counter, bump(), counter + bump(), [counter, bump()])
    t = Tally()
    print(t.n, t.add(), t.n + t.add())


main()
