# Bad input: a parenthesis opened on the last statement and never closed.
# CPython reports the line of the opening parenthesis.
def total(values):
    return sum(values)


print(total([1, 2, 3])  # ERROR "'\(' was never closed"
