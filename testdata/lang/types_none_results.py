# Checks: None as the result of functions without return, of bare return, of
# list.append/sort, printing None, and "is None" tests.


def log(msg):
    print("log:", msg)


def early(flag):
    if flag:
        return
    print("not early")


def main():
    r = log("x")
    print(r, r is None, repr(r), str(r))
    print(early(True), early(False))
    lst = [2, 1]
    print(lst.sort(), lst.append(3), lst)
    print(None == None, None is None, type(None).__name__)
    print([None, None], (None,), {"k": None})


main()
