# Checks: any and all on empty and non-empty iterables, on truthiness of ints
# and strings, and short-circuiting on generators.


def check(n):
    print("check", n)
    return n > 2


def main():
    print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), all([1, 2, 3]))
    print(any(["", "x"]), all(["a", ""]), any([[], [0]]))
    print(any(check(n) for n in [1, 3, 5]))
    print(all(check(n) for n in [3, 1, 5]))
    nums = [2, 4, 6]
    print(all(n % 2 == 0 for n in nums), any(n > 5 for n in nums))


main()
