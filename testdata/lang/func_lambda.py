# Checks: lambda expressions as values, as sort keys, with defaults, returned from
# functions, and immediately called.


def make_adder(n):
    return lambda x: x + n


def apply_twice(f, x):
    return f(f(x))


def main():
    square = lambda x: x * x
    print(square(7))
    add3 = make_adder(3)
    print(add3(10), apply_twice(add3, 10))
    print(apply_twice(lambda s: s + "!", "hey"))
    words = ["banana", "Apple", "cherry", "date"]
    print(sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=lambda w: (len(w), w)))
    power = lambda base, exp=2: base ** exp
    print(power(5), power(2, 10))
    print((lambda a, b: a - b)(10, 4))
    pairs = [(1, "one"), (3, "three"), (2, "two")]
    pairs.sort(key=lambda p: p[0])
    print(pairs)


main()
