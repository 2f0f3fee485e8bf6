# Bad input: writing to the module namespace through globals().
globals()["answer"] = 42  # ERROR "unsupported: globals\(\)"
