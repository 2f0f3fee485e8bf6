# Bad input: a global declaration after the name is used in the function.
counter = 0


def bump():
    print(counter)
    global counter  # ERROR "name 'counter' is used prior to global declaration"
    counter += 1
