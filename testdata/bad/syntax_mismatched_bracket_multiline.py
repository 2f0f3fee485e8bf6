# Bad input: the wrong closing bracket on a later line; CPython reports the
# line of the closing bracket and names the line of the opening one.
matrix = [
    [1, 2],
    [3, 4],
)  # ERROR "closing parenthesis '\)' does not match opening parenthesis '\[' on line 3"
