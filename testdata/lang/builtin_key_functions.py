# Checks: key= functions of sorted, list.sort, min and max that can raise
# (a dict lookup, abs, int()) and over objects without an order: keys are
# computed once per item, in order; a KeyError from the key propagates and
# leaves the list unchanged.


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __repr__(self):
        return f"Job({self.name}, {self.cost})"


def noisy_key(s):
    print("  key", s)
    return int(s)


def main():
    rank = {"gold": 1, "silver": 2, "bronze": 3}
    medals = ["bronze", "gold", "silver"]
    print(sorted(medals, key=lambda m: rank[m]), max(medals, key=lambda m: rank[m]))
    print(min(medals, key=lambda m: rank[m]), min("silver", "gold", key=lambda m: rank[m]))
    medals.sort(key=lambda m: -rank[m])
    print(medals)
    xs = [3, -7, 2, -1]
    xs.sort(key=lambda v: abs(v))
    print(xs, min(xs, key=lambda v: abs(v - 4)), max(xs, key=abs))
    print(sorted(["10", "9", "100"], key=noisy_key))
    jobs = [Job("a", 5), Job("b", 2), Job("c", 9)]
    print(max(jobs, key=lambda j: j.cost), min(jobs, key=lambda j: j.cost).name)
    print(sorted(jobs, key=lambda j: (j.cost % 3, j.name)))
    print(max([m for m in medals if m == "tin"], key=lambda m: rank[m], default="none"))
    entries = ["gold", "tin", "silver"]
    try:
        entries.sort(key=lambda m: rank[m])
    except KeyError as e:
        print("KeyError", e, entries)
    try:
        print(sorted(["1", "x", "2"], key=noisy_key))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(max(entries, key=lambda m: rank[m]))
    except KeyError as e:
        print("KeyError", e)


main()
