# Checks: a variable holding tuples of different lengths (t = t + (x,), t += ...,
# t *= n), unpacking it with a starred target, iterating it, and comparing it with
# fixed tuples and *args tuples (==, !=, <, >=); bytes += and *=.
def grow(t):
    return t + (len(t),)


def main():
    t = ()
    for _ in range(3):
        t = grow(t)
        print(t)
    pt = (1, 2)
    print(pt)
    pt = (3, 4, 5)
    a, *rest = pt
    print(a, rest, pt[1], pt[-1], len(pt), 4 in pt)
    for x in pt:
        print(x)
    b = b"ab"
    b += b"c"
    b *= 2
    print(b)
    u = tuple([1])
    u += (5,)
    u *= 2
    print(u, u == (1, 5, 1, 5))
    args = f(1, 2)
    print(args < (1, 3), args == (1, 2), (1, 2) == args, args != f(1), args >= f(1, 2, 0), f() < args)


def f(*args):
    return args


main()
