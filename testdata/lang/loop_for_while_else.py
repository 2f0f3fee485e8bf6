# Checks: for/else and while/else: else runs when the loop ends without break and
# not when it breaks; break and continue in nested loops.


def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


def main():
    find([4, 5, 6], 5)
    find([4, 5, 6], 9)
    n = 0
    while n < 3:
        n += 1
    else:
        print("while finished, n =", n)
    while True:
        n -= 1
        if n == 1:
            break
    else:
        print("not printed")
    print("n =", n)
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if j > i:
                break
            print("pair", i, j)
    primes = []
    for cand in range(2, 30):
        for p in primes:
            if cand % p == 0:
                break
        else:
            primes.append(cand)
    print(primes)
    for x in []:
        print("never")
    else:
        print("empty loop else")


main()
