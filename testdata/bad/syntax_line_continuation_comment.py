# Bad input: a comment after a line-continuation backslash.
total = 1 + \ # ERROR "unexpected character after line continuation character"
    2
