# Bad input: the same parameter name twice.
def move(x, y, x):  # ERROR "duplicate argument 'x' in function definition"
    return x + y
