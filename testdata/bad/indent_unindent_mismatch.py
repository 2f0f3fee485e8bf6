# Bad input: a dedent to a column that matches no outer block.
def f():
    if True:
        x = 1
      return x  # ERROR "unindent does not match any outer indentation level"
