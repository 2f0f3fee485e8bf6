# Bad input: the Python 2 print statement.
name = "world"
print "hello", name  # ERROR "Missing parentheses in call to 'print'. Did you mean print\(...\)\?"
