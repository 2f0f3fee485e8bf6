# Checks: ZeroDivisionError messages for every operator and operand type, and
# that the program continues after catching them.


def main():
    cases = [
        ("1 / 0", lambda: 1 / 0),
        ("1 // 0", lambda: 1 // 0),
        ("1 % 0", lambda: 1 % 0),
        ("divmod(1, 0)", lambda: divmod(1, 0)),
        ("1.5 / 0", lambda: 1.5 / 0),
        ("1.5 // 0", lambda: 1.5 // 0),
        ("1.5 % 0", lambda: 1.5 % 0),
        ("1 / 0.0", lambda: 1 / 0.0),
        ("0 ** -1", lambda: 0 ** -1),
        ("0.0 ** -2", lambda: 0.0 ** -2),
    ]
    caught = 0
    for text, fn in cases:
        try:
            fn()
        except ZeroDivisionError as e:
            caught += 1
            print(f"{text:<14} -> {e}")
    print("caught", caught, "of", len(cases))
    x = 10
    y = 0
    try:
        x /= y
    except ZeroDivisionError as e:
        print("augmented:", e, x)


main()
