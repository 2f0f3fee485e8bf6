# Bad input: 'except*' needs at least one exception type.
try:
    raise ExceptionGroup("g", [ValueError("v")])
except*:  # ERROR "expected one or more exception types"
    print("caught")
