# Checks: a set resized in its loop raises RuntimeError, a dict loop left by break
# after a change does not, setdefault(k, []).append, list.sort(key=str.lower),
# and map() of a function whose exception propagates.


def half(n):
    if n % 2:
        raise ValueError(f"odd: {n}")
    return n // 2


def main():
    seen = {1, 2}
    try:
        for x in seen:
            seen.add(x + 10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {"a": 1}
    for k in d:
        d["b"] = 2
        break
    print(d)
    index = {}
    for w in ["Bee", "ant", "Cat", "bat"]:
        index.setdefault(w[0].lower(), []).append(w)
    print(index)
    words = ["Bee", "ant", "Cat", "bat"]
    words.sort(key=str.lower, reverse=True)
    print(words)
    print(list(map(half, [2, 4])))
    try:
        print(list(map(half, [2, 3, 4])))
    except ValueError as e:
        print("ValueError:", e)


main()
