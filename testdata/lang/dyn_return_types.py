# Checks: functions returning values of different types depending on input,
# results used with isinstance, and a parse function returning int, float or str.


def parse(token):
    try:
        return int(token)
    except ValueError:
        pass
    try:
        return float(token)
    except ValueError:
        return token


def main():
    tokens = ["12", "3.5", "abc", "-7", "1e3", "nan", ""]
    parsed = [parse(t) for t in tokens]
    print(parsed)
    for p in parsed:
        print(f"{p!r:>8} -> {type(p).__name__}")
    numbers = [p for p in parsed if isinstance(p, (int, float))]
    print(numbers[:4], sum(numbers[:4]))


main()
