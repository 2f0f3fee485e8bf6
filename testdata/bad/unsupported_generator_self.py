# A generator whose items are the generator function itself: its Go type
# would contain itself.
def numbers():
    yield numbers  # ERROR "unsupported: a generator that yields itself"


for f in numbers():
    print(f)
