# Checks: functions as values: stored in lists and dicts, passed as arguments,
# returned from functions, and their __name__.


def inc(x):
    return x + 1


def dbl(x):
    return x * 2


def neg(x):
    return -x


def compose(f, g):
    def h(x):
        return g(f(x))
    return h


def main():
    pipeline = [inc, dbl, neg]
    v = 5
    for f in pipeline:
        v = f(v)
        print(f.__name__, v)
    table = {"inc": inc, "dbl": dbl}
    print(table["dbl"](21))
    both = compose(inc, dbl)
    print(both(4), compose(dbl, inc)(4))
    print([f(10) for f in pipeline])
    print(both.__name__)


main()
