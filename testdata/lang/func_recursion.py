# Checks: recursive and mutually recursive functions, recursion producing big ints
# and lists.


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def flatten(depth):
    if depth == 0:
        return [0]
    return flatten(depth - 1) + [depth]


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)


def main():
    print([fact(i) for i in range(8)])
    print(fact(30))
    print([fib(i) for i in range(15)])
    print(is_even(10), is_odd(7), is_even(7))
    print(flatten(5))
    moves = []
    hanoi(3, "A", "C", "B", moves)
    print(len(moves), moves)


main()
