# Bad input: an unknown conversion character in an f-string.
value = 3
print(f"{value!x}")  # ERROR "f-string: invalid conversion character"
