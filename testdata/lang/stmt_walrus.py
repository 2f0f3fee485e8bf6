# Checks: assignment expressions (:=) in if, while, comprehensions and call
# arguments; the bound name is visible afterwards.


def main():
    data = [3, 8, 1, 9, 4]
    if (n := len(data)) > 3:
        print("long list", n)
    i = 0
    while (item := data[i]) != 9:
        print("item", item)
        i += 1
    print("stopped at", item, "index", i)
    squares = [y for x in data if (y := x * x) > 10]
    print(squares, y)
    text = "a,b,,c"
    parts = []
    pos = 0
    while (j := text.find(",", pos)) != -1:
        parts.append(text[pos:j])
        pos = j + 1
    parts.append(text[pos:])
    print(parts)
    print(max(total := sum(data), 20), total)


main()
