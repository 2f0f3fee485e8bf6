# Bad input: an attribute used as a keyword argument name.
def show(**kwargs):
    print(kwargs)


class Opts:
    pass


o = Opts()
show(o.verbose=True)  # ERROR "expression cannot contain assignment, perhaps you meant \"==\"\?"
