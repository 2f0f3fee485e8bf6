# Bad input: a call to a known function with too many positional arguments.
def scale(value, factor):
    return value * factor


print(scale(2, 3, 4))  # ERROR "scale\(\) takes 2 positional arguments but 3 were given"
