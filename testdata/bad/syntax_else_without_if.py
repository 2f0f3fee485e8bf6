# Bad input: an else clause with no statement to attach to.
x = 1
print(x)
else:  # ERROR "invalid syntax"
    print("no")
