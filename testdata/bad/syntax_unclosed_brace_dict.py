# Bad input: a dict literal never closed.
settings = {  # ERROR "'\{' was never closed"
    "host": "localhost",
    "port": 8080,
