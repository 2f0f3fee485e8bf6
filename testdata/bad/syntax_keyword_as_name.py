# Bad input: a reserved keyword used as a variable name.
class = "first"  # ERROR "invalid syntax"
