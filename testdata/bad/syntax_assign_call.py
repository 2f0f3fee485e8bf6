# Bad input: assignment to a function call.
def current():
    return 1


current() = 2  # ERROR "cannot assign to function call here. Maybe you meant '==' instead of '='\?"
