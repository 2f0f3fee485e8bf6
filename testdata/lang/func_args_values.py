# Checks: *args as a tuple (repr, truth, indexing, mixed types), a variadic function as a
# value, and defaults that are not constants, evaluated once when the def runs.
BASE = [10]


def show(*a):
    print(a, len(a), type(a).__name__)
    if a:
        print(a[0], a[-1])


def opts(**kw):
    for k in kw:
        print(k, kw[k])
    return kw


def scaled(x, factor=len(BASE) * 3, extra=BASE):
    extra.append(x)
    return x * factor, extra


def total(*nums):
    return sum(nums)


def main():
    show(1, "x", 2.5)
    show()
    print(opts(a=1, b=2))
    g = total
    print(g(1, 2), g(*[3, 4]))
    print(scaled(2))
    print(scaled(3, 1))
    mk = lambda x, y=[0]: y + [x]
    print(mk(1), mk(2))

    def local(v, seen=set()):
        seen.add(v)
        return len(seen)

    print(local(1), local(2), local(1))


main()
