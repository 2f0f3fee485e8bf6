# Bad input: eval() of an expression string.
expr = "1 + 2"
print(eval(expr))  # ERROR "unsupported: eval\(\)"
