# Bad input: a bare '*' with no keyword-only parameter after it.
def f(a, *):  # ERROR "named arguments must follow bare \*"
    return a
