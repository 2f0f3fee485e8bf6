# Bad input: return at module level.
x = 1
if x:
    return x  # ERROR "'return' outside function"
