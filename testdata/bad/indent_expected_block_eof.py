# Bad input: a function header as the last line of the file; CPython reports
# the header line itself.
def handler(event):  # ERROR "expected an indented block after function definition on line 3"
