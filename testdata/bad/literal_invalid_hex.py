# Bad input: a hexadecimal prefix without digits.
mask = 0x  # ERROR "invalid hexadecimal literal"
