# Checks: list methods append, extend, insert, pop (with index), remove, index,
# count, reverse, sort, copy, clear, and their return values (None vs value).


def main():
    a = [3, 1, 4]
    print(a.append(1), a)
    a.extend([5, 9])
    print(a)
    a.insert(0, 2)
    a.insert(100, 6)
    a.insert(-1, 7)
    print(a)
    print(a.pop(), a.pop(0), a.pop(-2), a)
    a.remove(1)
    print(a, a.index(4), a.count(1), a.count(42))
    b = a.copy()
    a.reverse()
    print(a, b)
    a.sort()
    print(a, sorted(b, reverse=True), b)
    print(a.index(5, 2))
    b.clear()
    print(b, len(b))
    nested = [[1, 2], [3]]
    nested[0].append(99)
    print(nested, len(nested), [1, 2] * 3, [0] * 4)
    print(list("abc") + ["d"], [x for x in reversed([1, 2, 3])])


main()
