# Checks: if/elif/else chains, nested ifs, truthiness of conditions, and the
# conditional expression (x if c else y), including nested ones.


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"


def sign(n):
    return "-" if n < 0 else ("0" if n == 0 else "+")


def main():
    for n in [-5, 0, 4, 7, 12]:
        print(n, classify(n), sign(n))
    items = []
    if not items:
        print("empty list is falsy")
    name = ""
    print("name:", name if name else "<none>")
    count = 3
    print("plural" if count != 1 else "singular")


main()
