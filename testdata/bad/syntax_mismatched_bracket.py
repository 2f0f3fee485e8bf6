# Bad input: a bracket closed by the wrong kind of bracket.
point = (1, 2]  # ERROR "closing parenthesis '\]' does not match opening parenthesis '\('"
print(point)
