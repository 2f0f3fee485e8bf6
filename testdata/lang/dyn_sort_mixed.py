# Checks: sorting lists that mix ints, floats and bools (allowed) and the
# TypeError when strings and numbers are compared; min/max across types.


def main():
    mixed_nums = [3, 1.5, True, -2, 0.0, False]
    print(sorted(mixed_nums), max(mixed_nums), min(mixed_nums))
    print(sum(mixed_nums), sorted(mixed_nums, reverse=True))
    try:
        print(sorted([1, "a", 2]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(max("a", 1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([1, "x"] < [1, 2])
    except TypeError as e:
        print("TypeError:", e)
    print([1, "x"] == [1, 2], [None] == [None])


main()
