# Bad input: Python 2 style 'except A, B:' clause.
try:
    int("x")
except ValueError, TypeError:  # ERROR "multiple exception types must be parenthesized"
    print("bad")
