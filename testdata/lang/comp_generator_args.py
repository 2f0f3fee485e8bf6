# Checks: generator expressions as function arguments: sum, min, max, any, all,
# sorted, list, tuple, str.join, and a generator consumed only once.


def main():
    nums = [4, -2, 7, 0, 9, -5]
    print(sum(n for n in nums))
    print(sum(n * n for n in nums if n > 0))
    print(min(abs(n) for n in nums), max(n % 5 for n in nums))
    print(any(n > 8 for n in nums), all(n > -10 for n in nums), any(n > 100 for n in nums))
    print(sorted((n for n in nums), reverse=True))
    print(list(str(n) for n in nums if n))
    print(tuple(n // 2 for n in nums))
    print(", ".join(str(n) for n in range(5)))
    gen = (n * 10 for n in range(3))
    print(list(gen))
    print(list(gen))
    print(sum(1 for c in "mississippi" if c == "s"))


main()
