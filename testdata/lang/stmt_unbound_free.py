# Checks: a nested function or lambda that reads a variable of its enclosing
# function before that variable is assigned raises NameError "cannot access
# free variable" (also two functions deep, also after a nonlocal assignment
# in another nested function makes it bound); a function that reads a global
# before the module assigns it raises NameError "name ... is not defined";
# recursion of a nested function and closures made after the assignment need
# no check; the last read is uncaught (traceback, exit 1).
import asyncio


def outer():
    def rec(n):
        return 0 if n == 0 else 1 + rec(n - 1)

    print("rec", rec(5))
    f = lambda: y
    try:
        f()
    except NameError as e:
        print("lambda:", e)
    y = 3
    print("lambda after:", f())
    if len(str(y)) > 5:
        z = 0

    def setter():
        nonlocal z
        z = 10

    def getter():
        return z

    try:
        print(getter())
    except NameError as e:
        print("getter:", e)
    setter()
    print("after setter:", getter(), z)

    def deep():
        def deeper():
            return w

        return deeper()

    try:
        deep()
    except NameError as e:
        print("deep:", e)
    w = "ok"
    print("deep after:", deep())
    v = 1

    def fine():
        return v + 1

    print("fine", fine())


def loops():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    print([g() for g in fs])


async def waits_for_total():
    await asyncio.sleep(0)
    return total * 2


outer()
loops()


def reads_later():
    return later


try:
    reads_later()
except NameError as e:
    print("module:", e)
later = 7
print("later:", reads_later())
try:
    asyncio.run(waits_for_total())
except NameError as e:
    print("async:", e)
total = 21
print("async after:", asyncio.run(waits_for_total()))


def reads_never():
    return never


print(reads_never())
never = 1
