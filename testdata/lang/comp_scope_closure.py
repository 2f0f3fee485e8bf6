# Checks: comprehension scopes: the first iterable is evaluated in the enclosing
# scope, inner names do not leak, and lambdas made in a comprehension bind late.


def main():
    n = 3
    rows = [[n] * n for n in range(n)]
    print(rows, n)
    fs = [lambda: k for k in range(3)]
    print([f() for f in fs])
    gs = [(lambda k=k: k) for k in range(3)]
    print([g() for g in gs])
    base = 100
    print([base + i for i in range(3)])
    data = {"a": [1, 2], "b": [3]}
    print([f"{key}{v}" for key, vals in data.items() for v in vals])


main()
