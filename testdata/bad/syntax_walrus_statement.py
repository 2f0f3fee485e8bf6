# Bad input: an unparenthesized assignment expression used as a statement.
n := 10  # ERROR "invalid syntax"
