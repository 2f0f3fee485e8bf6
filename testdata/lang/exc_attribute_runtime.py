# Checks: reading an attribute or calling a method a value does not have
# raises AttributeError when it runs (user objects, a method reading a
# field no method assigns, str, None, int, dict), the program goes on
# after catching it, and an uncaught one prints CPython's traceback with
# the attribute underlined.


class Account:
    def __init__(self, owner):
        self.owner = owner

    def balance(self):
        return self.amount


def main():
    a = Account("ann")
    for attempt in range(2):
        try:
            print(a.owner, a.balance())
        except AttributeError as e:
            print("attempt", attempt, e)
    try:
        "text".push("x")
    except AttributeError as e:
        print(e)
    n = None
    try:
        n.upper()
    except AttributeError as e:
        print(e)
    try:
        print(7, (5).size)
    except AttributeError as e:
        print(e)
    try:
        print({"k": 1}.k)
    except AttributeError as e:
        print(e)
    print(len(a.owner))
    print(a.owner.upper() + a.missing)


main()
