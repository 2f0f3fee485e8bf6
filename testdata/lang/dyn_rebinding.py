# Checks: a variable rebound to values of different types over time, and
# operations whose meaning depends on the current type (+ on int, str, list).


def main():
    x = 10
    print(x + x, type(x).__name__)
    x = "ten"
    print(x + x, type(x).__name__)
    x = [1, 0]
    print(x + x, type(x).__name__)
    x = 2.5
    print(x + x, type(x).__name__)
    x = None
    print(x, type(x).__name__)
    acc = 0
    for piece in [1, 2, 3]:
        acc += piece
    print(acc)
    acc = str(acc) + "!"
    print(acc)


main()
