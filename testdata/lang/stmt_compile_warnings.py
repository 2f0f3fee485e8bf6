# Checks: the SyntaxWarnings CPython's compiler prints on stderr before the
# program runs (an assert of a parenthesized tuple, "is" with a literal, a
# literal subscripted), each time it finds one, even in code that never runs;
# the program then behaves as without them.


def never_called():
    return (1, "a")["x"]


def main():
    x = 1
    assert (x, "always true")
    assert (x == 2, "message")
    items = []
    nothing = None
    print(items is [], nothing is not "", items is not None)
    print(nothing is 1, nothing is 1)
    try:
        print((x, "a")[True])
        print(1.5[0])
    except TypeError as e:
        print("TypeError:", e)


main()
