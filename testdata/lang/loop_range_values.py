# Checks: range objects held in variables and passed around: len, indexing with
# IndexError, in, repr/str, iteration in loops and comprehensions, unpacking, and
# the ValueError of a zero step known only at run time.
def get(n):
    return range(n)


def main():
    step = 0
    r = range(10, 0, -3)
    for i in r:
        print(i, end=" ")
    print(list(r), sum(r), tuple(r), list(reversed(r)), len(r), bool(r), 4 in r, 5 in r)
    a, b, c, d = r
    print(a, d, type(r).__name__, str(r), repr(r), [x * 2 for x in r])
    e = range(5, 5)
    if not e:
        print("empty", len(e), list(e))
    print(list(get(3)), r[True])
    try:
        print(r[10])
    except IndexError as err:
        print("IndexError:", err)
    try:
        z = range(1, 2, step)
        print(z)
    except ValueError as err:
        print("ValueError:", err)


main()
