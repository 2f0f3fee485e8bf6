# Bad input: try block followed by an ordinary statement instead of except/finally.
try:
    value = int("3")
print(value)  # ERROR "expected 'except' or 'finally' block"
