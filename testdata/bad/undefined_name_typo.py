# Bad input: a misspelled local variable inside a function.
def average(values):
    total = 0
    for v in values:
        total += v
    return totl / len(values)  # ERROR "name 'totl' is not defined"


print(average([1, 2, 3]))
