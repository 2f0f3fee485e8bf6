# Bad input: an f-string not closed on its line.
name = "x"
print(f'value of {name}  # ERROR "unterminated string literal \(detected at line 3\)"
