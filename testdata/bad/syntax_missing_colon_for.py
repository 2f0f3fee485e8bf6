# Bad input: a for loop header without its colon.
for i in range(3)  # ERROR "expected ':'"
    print(i)
