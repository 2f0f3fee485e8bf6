# Bad input: an if statement without its colon.
x = 3
if x > 1  # ERROR "expected ':'"
    print("big")
