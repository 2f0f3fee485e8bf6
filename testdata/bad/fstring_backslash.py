# Bad input: a backslash inside an f-string expression (allowed only from
# Python 3.12 on; 3.11 rejects it).
words = ["a", "b"]
print(f"{'\n'.join(words)}")  # ERROR "f-string expression part cannot include a backslash"
