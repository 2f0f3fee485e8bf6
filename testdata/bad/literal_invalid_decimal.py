# Bad input: a number immediately followed by letters.
timeout = 10s  # ERROR "invalid decimal literal"
