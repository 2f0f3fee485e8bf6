# Bad input: a parameter without a default after one with a default.
def connect(host="localhost", port):  # ERROR "non-default argument follows default argument"
    return host, port
