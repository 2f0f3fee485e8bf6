# Bad input: two list elements without a comma between them.
items = [1, 2 3]  # ERROR "invalid syntax. Perhaps you forgot a comma\?"
print(items)
