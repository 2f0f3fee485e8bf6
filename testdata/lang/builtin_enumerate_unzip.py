# Checks: enumerate with a start over lists, str and ranges (in loops and
# comprehensions), unzipping triples with zip(*xs) and its ValueError for an
# empty list, zip over a tuple and a range.
def main():
    xs = ["a", "b", "c"]
    print([(i, x) for i, x in enumerate(xs, 1)])
    for i, ch in enumerate("hey", start=len(xs)):
        print(i, ch)
    for i, (a, b) in enumerate([(1, 2), (3, 4)], 5):
        print(i, a + b)
    for i, v in enumerate(range(3, 6)):
        print(i, v)
    for _, v in enumerate(xs, 2):
        print(v)
    triples = [(1, "x", 2.5), (2, "y", 3.5)]
    a, b, c = zip(*triples)
    print(a, b, c)
    empty = [(1, 2)]
    empty.pop()
    try:
        p, q = zip(*empty)
        print(p, q)
    except ValueError as err:
        print("ValueError:", err)
    print(list(zip((1, 2), range(5))))


main()
