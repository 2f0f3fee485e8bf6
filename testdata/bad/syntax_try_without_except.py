# Bad input: try block without except or finally at the end of the file.
# CPython reports the last line of the try body (here the last line of the file).
try:
    value = int("3")  # ERROR "expected 'except' or 'finally' block"
