# Bad input: a keyword argument the function does not have.
def scale(value, factor=2):
    return value * factor


print(scale(2, facter=3))  # ERROR "scale\(\) got an unexpected keyword argument 'facter'"
