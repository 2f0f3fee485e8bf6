# Bad input: a conditional expression without its else part.
flag = True
label = "on" if flag  # ERROR "expected 'else' after 'if' expression"
