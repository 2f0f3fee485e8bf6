# Checks: sorted on lists, strings, tuples, dict keys and generators; sorted with
# key and reverse; reversed on lists, strings, ranges, and its single use.


def main():
    print(sorted([3, 1, 2]), sorted("cab"), sorted((9, 7, 8)), sorted({"b": 1, "a": 2}))
    print(sorted(x * x for x in [-3, 2, -1]))
    print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
    print(sorted([1, 2, 3], key=lambda v: -v))
    print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))))
    r = reversed([4, 5])
    print(list(r), list(r))
    orig = [3, 1, 2]
    s = sorted(orig)
    print(orig, s, orig is s)
    print(sorted([]), sorted([5], reverse=True))


main()
