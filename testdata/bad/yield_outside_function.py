# Bad input: yield at module level.
for i in range(3):
    yield i  # ERROR "'yield' outside function"
