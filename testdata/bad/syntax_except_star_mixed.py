# Bad input: 'except' and 'except*' on the same try.
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError:
    print("values")
except KeyError:  # ERROR "cannot have both 'except' and 'except\*' on the same 'try'"
    print("keys")
