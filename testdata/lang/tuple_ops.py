# Checks: tuple + tuple (same and mixed item types), n * tuple, count/index with
# its ValueError, in / not in, and item assignment on tuples and ranges as a
# caught TypeError.
def pair():
    return (1, "a")


def main():
    p = pair() + (2.5,)
    print(p, len(p), p[2])
    q = ("x",) + pair()
    print(q, q[0])
    r = (1, 2) + ()
    print(r)
    n = 3
    t = n * (0,)
    print(t, t.count(0), 0 in t, 1 not in (1, 2, 3))
    try:
        print((1, 2, 3).index(7))
    except ValueError as err:
        print("ValueError:", err)
    u = (1.5, 2.5)
    print(u + u, (2,) * -1, 2 in u)
    try:
        u[1] = 9.0
    except TypeError as err:
        print("TypeError:", err)
    rg = range(3)
    try:
        rg[0] = 1
    except TypeError as err:
        print("TypeError:", err)


main()
