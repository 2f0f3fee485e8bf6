# Bad input: a block indented with a tab on one line and spaces on the next.
def f():
	x = 1
        return x  # ERROR "inconsistent use of tabs and spaces in indentation"
