# Bad input: a triple-quoted string never closed; CPython reports the line
# where it starts and the last line of the file.
doc = """Usage:  # ERROR "unterminated triple-quoted string literal \(detected at line 6\)"
    run the thing

print(doc)
