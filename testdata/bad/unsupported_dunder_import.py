# Bad input: importing a module by name at run time.
name = "json"
mod = __import__(name)  # ERROR "unsupported: __import__\(\)"
