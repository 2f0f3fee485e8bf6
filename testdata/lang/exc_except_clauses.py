# Checks: except with tuples of types, clause order (first match wins), except
# Exception catching subclasses, and the exception variable unbound after the block.


def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "value":
        return int("abc")
    if kind == "type":
        return len(5)
    return "fine"


def main():
    for kind in ["key", "index", "zero", "value", "type", "none"]:
        try:
            print("result", risky(kind))
        except (KeyError, IndexError) as e:
            print("lookup", type(e).__name__, repr(e))
        except ZeroDivisionError as e:
            print("math", e)
        except Exception as e:
            print("other", type(e).__name__, e)
    try:
        risky("key")
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    try:
        risky("index")
    except Exception:
        print("bare name, no variable")


main()
