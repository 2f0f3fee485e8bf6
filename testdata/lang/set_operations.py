# Checks: sets of ints: union, intersection, difference, symmetric difference,
# subset tests, add/discard/remove/pop, membership, and printing via sorted().
# (Sets of strings are never printed directly: their order varies between runs.)


def main():
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
    print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)))
    print(a <= b, {3} <= b, {3, 4} < b, b > {5}, a.isdisjoint({7, 8}))
    a.add(10)
    a.add(1)
    a.discard(2)
    a.discard(42)
    print(sorted(a), len(a), 10 in a, 2 in a)
    try:
        a.remove(42)
    except KeyError as e:
        print("KeyError:", e)
    print(set(), len(set()), sorted(set([3, 1, 3, 2, 1])))
    s = {5}
    print(s, s.pop(), s)
    words = ["x", "y", "x", "z", "y"]
    uniq = set(words)
    print(len(uniq), sorted(uniq), "x" in uniq)
    seen = set()
    order = []
    for w in words:
        if w not in seen:
            seen.add(w)
            order.append(w)
    print(order)
    print({1, 2, 3}, {0})


main()
