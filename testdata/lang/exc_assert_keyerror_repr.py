# Checks: AssertionError with and without a message, KeyError's repr-style str(),
# and exception messages from str()/repr() of built-in exceptions.


def main():
    try:
        assert 1 + 1 == 3, "math is broken"
    except AssertionError as e:
        print("assert:", e, repr(e))
    try:
        assert []
    except AssertionError as e:
        print("empty assert:", repr(str(e)), repr(e))
    try:
        {"a": 1}["it's"]
    except KeyError as e:
        print("key:", e, repr(e), e.args)
    e = ValueError("bad", 42)
    print(str(e), repr(e))
    print(str(ValueError()), repr(ValueError()))
    print(repr(RuntimeError("x")), str(TypeError("y")))
    print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))


main()
