# Bad input: a positional argument after a keyword argument in a call.
def connect(host, port):
    return host, port


print(connect(host="localhost", 8080))  # ERROR "positional argument follows keyword argument"
