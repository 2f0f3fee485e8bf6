# Bad input: a decimal integer with a leading zero (an octal literal in Python 2).
mode = 0755  # ERROR "leading zeros in decimal integer literals are not permitted"
