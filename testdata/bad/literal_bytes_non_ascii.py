# Bad input: a non-ASCII character in a bytes literal.
data = b"café"  # ERROR "bytes can only contain ASCII literal characters"
