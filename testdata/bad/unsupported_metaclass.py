# Bad input: a class with a metaclass.
class Model(metaclass=type):  # ERROR "unsupported: metaclass"
    pass


print(Model())
