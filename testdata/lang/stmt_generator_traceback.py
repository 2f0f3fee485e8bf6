# Checks: the traceback of an exception raised inside a generator, consumed
# by a for loop nested in a loop over another generator: the generator's
# frame shows, the outer generator's does not.


def numbers(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


def rows(n):
    for r in range(n):
        yield r


def main():
    for r in rows(2):
        for x in numbers(3):
            print(r, x)


main()
