# Bad input: a closing parenthesis without an opening one.
values = [1, 2, 3])  # ERROR "unmatched '\)'"
print(values)
