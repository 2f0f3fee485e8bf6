# Bad input: return in a class body.
class Config:
    debug = False
    return debug  # ERROR "'return' outside function"
