# Checks: range with one, two and three arguments, negative steps, empty ranges,
# len/indexing/membership on ranges, and list(range(...)).


def main():
    print(list(range(5)))
    print(list(range(2, 8)))
    print(list(range(0, 20, 6)))
    print(list(range(10, 0, -3)))
    print(list(range(5, 5)), list(range(5, 0)))
    r = range(3, 30, 4)
    print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
    print(r)
    print(range(10), range(1, 4), range(0, 10, 2))
    total = 0
    for i in range(100, -1, -10):
        total += i
    print(total)
    print(sum(range(1, 101)))
    print(list(reversed(range(4))))


main()
