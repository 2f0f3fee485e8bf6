# A list of str meets an empty list whose items are never known: the and/or
# expression would need the str list as a list of mixed values.
def count(items):
    return len(items)


xs = ["a", "b"]
ys = []
print(count(ys or xs))  # ERROR "unsupported: a list of str where a list of mixed values is expected"
