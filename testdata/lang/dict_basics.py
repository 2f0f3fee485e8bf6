# Checks: dict insertion order, overwrite keeps position, delete and re-insert
# moves to the end, keys/values/items, get/setdefault/pop/popitem/update,
# in, len, and KeyError messages.


def main():
    d = {"b": 2, "a": 1}
    d["c"] = 3
    d["b"] = 20
    print(d, len(d))
    del d["b"]
    d["b"] = 200
    print(d)
    print(list(d.keys()), list(d.values()), list(d.items()))
    print(d.get("a"), d.get("zz"), d.get("zz", -1))
    print(d.setdefault("a", 99), d.setdefault("new", 0), d)
    print(d.pop("new"), d.pop("missing", -1), d)
    print(d.popitem(), d)
    d.update({"a": 111, "z": 26})
    d.update(y=25)
    print(d)
    print("a" in d, "q" in d, "q" not in d, 111 in d.values())
    try:
        d["nope"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        d.pop("nope")
    except KeyError as e:
        print("KeyError:", e)
    print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
    e = {}
    print(e, bool(e), {1: "one", 2: "two"}, {(1, 2): "tuple key"})
    copy = d.copy()
    copy.clear()
    print(copy, len(d))


main()
