# Bad input: a function definition without its colon.
def greet(name)  # ERROR "expected ':'"
    return "hi " + name
