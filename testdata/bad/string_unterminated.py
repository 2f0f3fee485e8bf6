# Bad input: a string literal not closed on its line. The marker sits inside
# the unterminated string; markers are found by text, not by tokens.
greeting = 'hello  # ERROR "unterminated string literal \(detected at line 3\)"
print(greeting)
