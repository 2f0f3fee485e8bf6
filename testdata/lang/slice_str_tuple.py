# Checks: slicing strings and tuples, reversing, steps, negative indices, and
# IndexError on single out-of-range indexes (but not on slices).


def main():
    s = "Hello, World"
    print(s[0], s[-1], s[7:], s[:5], s[-5:-1])
    print(s[::-1], s[::3], s[1:10:2], s[10:1:-3])
    print(repr(s[20:]), repr(s[5:2]))
    t = (1, 2, 3, 4, 5, 6)
    print(t[1:4], t[::-2], t[-2:], t[:1], t[3:3])
    print(type(t[1:3]).__name__, type(s[1:3]).__name__)
    word = "racecar"
    print(word == word[::-1], "python"[::-1])
    try:
        print(s[12])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(t[-7])
    except IndexError as e:
        print("IndexError:", e)


main()
