# Checks: tuple repr including the one-element (x,) form and (), tuple methods
# count/index, immutability, concatenation, tuples as dict keys, and hashing
# equal tuples to the same key.


def main():
    print((), (1,), (1, 2), ((1,),), tuple([3]), tuple("ab"))
    t = (5, 3, 5, 1)
    print(t.count(5), t.index(3), len(t), t + (9,), t * 2, 3 in t)
    try:
        t[0] = 0
    except TypeError as e:
        print("TypeError:", e)
    grid = {}
    grid[(0, 1)] = "a"
    grid[(1, 0)] = "b"
    key = (0, 1)
    print(grid[key], grid, (0, 1) in grid)
    point = 3, 4
    x, y = point
    print(point, x, y, type(point).__name__)
    nested = ((1, 2), (3, (4, 5)))
    print(nested[1][1][0], nested)
    print(tuple(sorted((3, 1, 2))), max((1, 9), (2, 0)))
    single = "solo",
    print(single, len(single))


main()
