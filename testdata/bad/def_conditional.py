# Bad input: a function defined by two def statements in the branches of
# an if (one Go function per name).
import sys

if len(sys.argv) > 1:
    def handler():
        return "args"
else:
    def handler():  # ERROR "unsupported: 'handler' defined again"
        return "none"
print(handler())
