# Checks: operators on operand types that do not support them raise TypeError
# when they run, with CPython's messages: binary, unary and augmented operators,
# after their operands are evaluated; an uncaught one prints a traceback.


def trace(label, value):
    print("evaluated", label)
    return value


def add_mixed(n):
    total = n
    total += "!"
    return total


def main():
    checks = [
        ("int + str", lambda: 1 + "a"),
        ("str + int", lambda: "a" + 1),
        ("str * str", lambda: "a" * "b"),
        ("list + str", lambda: [1] + "a"),
        ("str - str", lambda: "a" - "b"),
        ("str ** int", lambda: "a" ** 2),
        ("float << int", lambda: 1.5 << 2),
        ("float & int", lambda: 2.0 & 1),
        ("bytes + str", lambda: b"a" + "b"),
        ("tuple + list", lambda: (1,) + [2]),
        ("list * float", lambda: [1] * 1.5),
        ("dict + dict", lambda: {1: 2} + {3: 4}),
        ("None + int", lambda: None + 1),
        ("bool + str", lambda: True + "x"),
        ("-str", lambda: -"a"),
        ("+list", lambda: +[1]),
        ("~float", lambda: ~1.5),
        ("set + set", lambda: {1} + {2}),
        ("str // int", lambda: "ab" // 2),
    ]
    for name, fn in checks:
        try:
            fn()
            print(name, "no error")
        except TypeError as e:
            print(f"{name}: {e}")
    try:
        trace("left", 3) + trace("right", "x")
    except TypeError as e:
        print("both operands evaluated:", e)
    try:
        print(add_mixed(5))
    except TypeError as e:
        print("augmented:", e)
    words = ["a", "b"]
    try:
        words -= ["a"]
    except TypeError as e:
        print("list -= list:", e, words)
    count = 10
    print("before the uncaught error", count)
    print(count + " items")


main()
