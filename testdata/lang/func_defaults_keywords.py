# Checks: default arguments, keyword arguments in any order, keyword-only parameters
# after *, and defaults evaluated once at definition time.


def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


def area(width, height=2, *, scale=1):
    return width * height * scale


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


def main():
    print(greet("Ada"))
    print(greet("Ada", "Hi"))
    print(greet("Ada", punct="?"))
    print(greet(punct=".", name="Bob", greeting="Bye"))
    print(area(3))
    print(area(3, 4))
    print(area(3, scale=10))
    print(area(height=5, width=2, scale=3))
    # the default list is shared between calls
    print(append_to(1))
    print(append_to(2))
    print(append_to(3, []))
    print(append_to(4))


main()
