# Checks: **kwargs is a dict in call order; mixing explicit keywords with ** unpacking;
# a function that forwards its arguments to another one.


def show(**kwargs):
    print(type(kwargs).__name__, len(kwargs), kwargs)


def inner(a, b, c=0):
    return a * 100 + b * 10 + c


def forward(*args, **kwargs):
    return inner(*args, **kwargs)


def main():
    show()
    show(x=1)
    show(b=2, a=1, c=3)
    base = {"a": 1}
    show(**base, z=26)
    print(forward(1, 2))
    print(forward(1, 2, 3))
    print(forward(1, b=5))
    print(forward(c=9, b=8, a=7))


main()
