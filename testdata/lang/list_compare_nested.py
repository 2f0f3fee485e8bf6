# Checks: comparisons of lists and tuples (lexicographic, length as tie breaker),
# equality of nested containers, float containers, and repr
# of nested containers.


def main():
    print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
    print([1, 2] == [1, 2], [1, 2] != [2, 1], [1.0, 2.0] == [1.0, 2.5])
    print((1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 5, 6), () == ())
    print([[1, 2], [3]] == [[1, 2], [3]], [[1], [2]] < [[1], [3]])
    print({"a": [1, 2]} == {"a": [1, 2]}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
    print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
    nested = [[[1, 2], [3]], [[4]], []]
    print(nested)
    print([[]], [()], ([],), (1, [2, 3]))
    print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]))
    try:
        print([1, 2] < (1, 2))
    except TypeError as e:
        print("TypeError:", e)


main()
