# Checks: iterating a dict (keys in insertion order), items() unpacking, sorting
# by value, counting with get, grouping into lists, and a RuntimeError when the
# dict changes size during iteration.


def main():
    text = "the cat and the hat and the bat"
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    for k in counts:
        print(k, end=" ")
    print()
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{k}:{v}", end=" ")
    print()
    groups = {}
    for w in text.split():
        groups.setdefault(len(w), []).append(w)
    print(groups)
    print(max(counts, key=counts.get), sum(counts.values()))
    try:
        for k in counts:
            counts[k + "!"] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(len(counts) > 5)


main()
