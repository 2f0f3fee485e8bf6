# Bad input: break outside any loop.
x = 3
if x > 2:
    break  # ERROR "'break' outside loop"
