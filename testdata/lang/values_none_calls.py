# Checks: calls that return None used as values: print() inside print, a
# list display, a tuple, str(), an argument of a user function, a method
# that returns None (list.append) and time.sleep; the call runs first and
# its value is None.
import time


def ident(a):
    return a


print(print("one"))
items = [print("two")]
print(items)
pair = (print("three"), 3)
print(pair)
print(str(print("four")))
print(ident(print("five")))
xs = []
print(xs.append(6), xs)
print(time.sleep(0))
print(print("seven") is None)
