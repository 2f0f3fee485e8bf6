# Checks: closures holding independent mutable state through nonlocal, and state
# shared between two closures made by the same call.


def make_counter(start=0, step=1):
    count = start

    def next_value():
        nonlocal count
        count += step
        return count

    return next_value


def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance

    def withdraw(n):
        nonlocal balance
        balance -= n
        return balance

    return deposit, withdraw


def main():
    c1 = make_counter()
    c2 = make_counter(100, 10)
    print(c1(), c1(), c1())
    print(c2(), c2())
    print(c1())
    dep, wd = make_account(50)
    print(dep(25), wd(10), dep(5))
    dep2, wd2 = make_account(0)
    print(wd2(1), dep(0))


main()
