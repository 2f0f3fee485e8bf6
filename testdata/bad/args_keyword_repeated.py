# Bad input: the same keyword argument twice in one call.
def connect(host, port):
    return host, port


print(connect(host="a", port=1, host="b"))  # ERROR "keyword argument repeated: host"
