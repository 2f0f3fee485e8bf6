# Checks: break and continue inside try bodies, except clauses and nested
# try statements; a loop's else clause after such a break; break in finally.


def parse_all(items):
    total = 0
    for item in items:
        try:
            n = int(item)
            if n < 0:
                break
            if n == 0:
                continue
            total += n
        except ValueError:
            print("skip", repr(item))
            continue
        else:
            print("added", n)
    else:
        print("no negative number")
    return total


def nested():
    i = 0
    while i < 5:
        i += 1
        try:
            try:
                if i == 2:
                    continue
                if i == 4:
                    break
                print("inner", i)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    print("stopped at", i)


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("finally swallows", i)
            break
    print("after swallow")


def main():
    print(parse_all(["1", "x", "0", "5"]))
    print(parse_all(["2", "-1", "7"]))
    nested()
    swallow()


main()
