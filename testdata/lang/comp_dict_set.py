# Checks: dict comprehensions (insertion order, later keys overwrite), set
# comprehensions of ints printed in sorted form, and inverting a dict.


def main():
    words = ["apple", "bob", "kayak", "cat", "apple"]
    lengths = {w: len(w) for w in words}
    print(lengths)
    index = {i: w for i, w in enumerate(words)}
    print(index)
    inverted = {v: k for k, v in lengths.items()}
    print(inverted)
    sq = {n: n * n for n in range(5) if n != 2}
    print(sq)
    mods = {n % 4 for n in range(20)}
    print(sorted(mods), len(mods))
    palins = {w for w in words if w == w[::-1]}
    print(sorted(palins))
    print({1, 2, 3} == {n for n in [3, 2, 1, 1]})


main()
