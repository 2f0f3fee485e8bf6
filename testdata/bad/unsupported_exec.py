# Bad input: exec() of source text.
code = "x = 1"
exec(code)  # ERROR "unsupported: exec\(\)"
