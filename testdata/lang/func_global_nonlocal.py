# Checks: global rebinding from functions, nonlocal rebinding in nested functions,
# and that a plain assignment creates a local that shadows the global.

counter = 0
label = "start"


def bump():
    global counter
    counter += 1
    return counter


def shadow():
    label = "local"
    return label


def relabel(text):
    global label
    label = text


def outer():
    total = 0

    def add(n):
        nonlocal total
        total += n

    for i in range(5):
        add(i)

    def reset():
        nonlocal total
        total = -1

    print("before reset", total)
    reset()
    return total


def main():
    bump()
    bump()
    print(counter, bump(), counter)
    print(shadow(), label)
    relabel("changed")
    print(label)
    print(outer())


main()
