# Checks: with statements on user context managers: __enter__ result bound by as,
# __exit__ called on normal exit and on exceptions, suppression by returning True,
# and multiple managers in one with.


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else exc_type.__name__
        print("exit", self.name, status)
        return self.suppress


def main():
    with Resource("a") as r:
        print("inside", r)
    with Resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after b")
    try:
        with Resource("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    with Resource("x") as x, Resource("y") as y:
        print("both", x, y)


main()
