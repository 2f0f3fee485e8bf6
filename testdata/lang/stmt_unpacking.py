# Checks: tuple and list unpacking, nested targets, starred targets at any position,
# swapping, unpacking in for loops, and chained assignment.


def main():
    a, b = 1, 2
    print(a, b)
    a, b = b, a
    print(a, b)
    first, *rest = [10, 20, 30, 40]
    print(first, rest)
    *init, last = "hello"
    print(init, last)
    head, *mid, tail = range(6)
    print(head, mid, tail)
    x, *empty, y = (1, 2)
    print(x, empty, y)
    (p, q), r = (3, 4), 5
    print(p, q, r)
    [m, [n, o]] = [6, [7, 8]]
    print(m, n, o)
    for idx, (k, v) in enumerate([("a", 1), ("b", 2)]):
        print(idx, k, v)
    i = j = k2 = 0
    i += 1
    print(i, j, k2)
    s1, s2, s3 = "xyz"
    print(s3, s2, s1)
    try:
        u, w = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        u, w, z = [1, 2]
    except ValueError as e:
        print("ValueError:", e)


main()
