# Checks: list comprehensions with filters, nested loops, nested comprehensions,
# and that the loop variable does not leak out of the comprehension.


def main():
    x = "outer"
    squares = [x * x for x in range(6)]
    print(squares, x)
    evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
    print(evens)
    pairs = [(i, j) for i in range(3) for j in range(i)]
    print(pairs)
    matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(matrix)
    transposed = [[row[i] for row in matrix] for i in range(3)]
    print(transposed)
    flat = [v for row in matrix for v in row if v % 2]
    print(flat)
    words = ["Alpha", "beta", "Gamma"]
    print([w.upper() if w[0].islower() else w.lower() for w in words])
    print([len(w) for w in words])


main()
