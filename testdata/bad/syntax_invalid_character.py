# Bad input: typographic quotes pasted from a word processor.
print(“hello”)  # ERROR "invalid character '“' \(U\+201C\)"
