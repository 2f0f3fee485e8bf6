# Checks: try/except/else/finally ordering, finally running on return, break and
# continue, and a return in finally overriding the try's return.


def attempt(n):
    print("attempt", n)
    try:
        if n == 0:
            raise ValueError("zero")
        result = 10 // n
    except ValueError as e:
        print("  except", e)
        return -1
    else:
        print("  else", result)
        return result
    finally:
        print("  finally", n)


def override():
    try:
        return "try"
    finally:
        return "finally"


def main():
    print(attempt(0))
    print(attempt(5))
    print(override())
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    print("end")


main()
