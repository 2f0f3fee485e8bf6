# Checks: a list that really holds values of different types (int, float, str,
# None, bool, list, tuple, dict): repr of the whole list and of each element,
# type names, and per-type dispatch with isinstance.


def describe(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "bool " + str(v)
    if isinstance(v, int):
        return f"int {v * 2}"
    if isinstance(v, float):
        return f"float {v / 2}"
    if isinstance(v, str):
        return "str " + v.upper()
    return f"{type(v).__name__} of {len(v)}"


def main():
    values = [1, 2.5, "three", None, True, [4, "five"], (6,), {"seven": 7}]
    print(values)
    for v in values:
        print(repr(v), type(v).__name__, describe(v))
    values.append(values[0] + values[1])
    print(values[-1], len(values))
    print([v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)])


main()
