# Bad input: nonlocal naming a variable no enclosing function binds (a global
# does not count).
total = 0


def add(n):
    nonlocal total  # ERROR "no binding for nonlocal 'total' found"
    total += n
