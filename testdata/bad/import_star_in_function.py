# Bad input: 'from module import *' inside a function.
def setup():
    from os import *  # ERROR "import \* only allowed at module level"
