# Bad input: deleting a function call.
def item():
    return 1


del item()  # ERROR "cannot delete function call"
