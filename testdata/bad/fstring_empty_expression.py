# Bad input: an f-string with an empty replacement field.
name = "x"
print(f"name: {}")  # ERROR "f-string: empty expression not allowed"
