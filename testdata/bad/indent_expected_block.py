# Bad input: an if statement whose body is not indented.
x = 1
if x:
print("yes")  # ERROR "expected an indented block after 'if' statement on line 3"
