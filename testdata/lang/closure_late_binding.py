# Checks: closures created in a loop see the variable's final value (late binding);
# binding through a default argument captures the current value instead.


def main():
    late = []
    for i in range(4):
        late.append(lambda: i)
    print([f() for f in late])

    early = []
    for i in range(4):
        early.append(lambda i=i: i)
    print([f() for f in early])

    comp = [lambda: n * 10 for n in range(3)]
    print([f() for f in comp])

    x = 1

    def read_x():
        return x

    print(read_x())
    x = 2
    print(read_x())

    funcs = {}
    for name in ["a", "b", "c"]:
        def say():
            return "name is " + name
        funcs[name] = say
    print(funcs["a"](), funcs["c"]())


main()
