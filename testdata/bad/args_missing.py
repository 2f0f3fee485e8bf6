# Bad input: a call to a known function with a missing argument.
def scale(value, factor):
    return value * factor


print(scale(2))  # ERROR "scale\(\) missing 1 required positional argument: 'factor'"
