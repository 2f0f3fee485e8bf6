# Bad input: a stray second '=' in an assignment.
x = = 1  # ERROR "invalid syntax"
