# Bad input: an f-string replacement field without its closing brace.
count = 3
print(f"count: {count")  # ERROR "f-string: expecting '}'"
