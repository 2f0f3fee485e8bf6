# Checks: a local read before any assignment to it raises UnboundLocalError
# with CPython's message (after a conditional assignment, after a loop that
# did not run, earlier in a loop than its assignment, in an except clause or
# after a finally, in an augmented assignment, in a generator, in a
# coroutine), caught as UnboundLocalError or NameError; in a comprehension it
# is a free variable (NameError); locals keep their value from one loop
# iteration to the next; the last one is uncaught (traceback, exit 1).
import asyncio


def conditional(flag):
    if flag:
        x = 1
    return x


def after_loop(n):
    for i in range(n):
        last = i * 2
    print("last", last, "i", i)


def earlier_in_loop():
    total = 0
    while total < 3:
        if total == 1:
            print("seen", seen)
        seen = total + 5
        total += 1
    return seen


def in_handler(text):
    try:
        value = int(text)
    except ValueError:
        print("handler reads value")
        return value
    return value


def augmented(items, start):
    if start:
        count = 0
    for item in items:
        count += item
    return count


def unpacked(pairs):
    for pair in pairs:
        a, b = pair
    return a + b


def carried(words):
    out = []
    for w in words:
        if w.startswith("#"):
            header = w[1:]
            continue
        out.append(f"{header}:{w}")
    return out


def while_true(limit):
    n = 0
    while True:
        n += 1
        if n >= limit:
            found = n
            break
    return found


def for_else(xs):
    for x in xs:
        if x > 10:
            big = x
            break
    else:
        big = -1
    return big


def try_finally(ok):
    try:
        if ok:
            res = "done"
    finally:
        print("finally")
    return res


def gen(start, n):
    for i in range(start, n):
        if i % 2:
            odd = i
        yield odd


def comp(flag):
    if flag:
        base = 10
    return [base + k for k in range(2)]


def walrus(xs):
    for x in xs:
        if (y := x * 2) > 2:
            pass
    return y


def nested_try(s):
    try:
        try:
            n = int(s)
        except ValueError:
            raise KeyError(s)
    except KeyError:
        pass
    return n


class Box:
    def __init__(self, items):
        self.items = items

    def first_even(self):
        for x in self.items:
            if x % 2 == 0:
                hit = x
                break
        return hit


async def worker(delay, flag):
    await asyncio.sleep(delay)
    if flag:
        result = "ready"
    return result


def attempt(label, fn):
    try:
        print(label, fn())
    except UnboundLocalError as e:
        print(label, "UnboundLocalError:", e)


async def main():
    attempt("conditional True", lambda: conditional(True))
    attempt("conditional False", lambda: conditional(False))
    attempt("after_loop 2", lambda: after_loop(2))
    attempt("after_loop 0", lambda: after_loop(0))
    attempt("earlier_in_loop", lambda: earlier_in_loop())
    attempt("in_handler 7", lambda: in_handler("7"))
    attempt("in_handler x", lambda: in_handler("x"))
    attempt("augmented", lambda: augmented([1, 2], True))
    attempt("augmented empty", lambda: augmented([1], False))
    attempt("unpacked", lambda: unpacked([(1, 2), (3, 4)]))
    attempt("unpacked empty", lambda: unpacked([]))
    attempt("carried", lambda: carried(["#a", "x", "y", "#b", "z"]))
    attempt("carried no header", lambda: carried(["x"]))
    attempt("while_true", lambda: while_true(3))
    attempt("for_else", lambda: for_else([1, 20]))
    attempt("for_else none", lambda: for_else([1, 2]))
    attempt("try_finally True", lambda: try_finally(True))
    attempt("try_finally False", lambda: try_finally(False))
    attempt("first_even", lambda: Box([1, 4]).first_even())
    attempt("first_even none", lambda: Box([1, 3]).first_even())
    attempt("gen", lambda: list(gen(1, 4)))
    attempt("gen first", lambda: list(gen(0, 2)))
    attempt("walrus", lambda: walrus([1, 2]))
    attempt("walrus empty", lambda: walrus([]))
    attempt("nested_try", lambda: nested_try("5"))
    attempt("nested_try q", lambda: nested_try("q"))
    try:
        print(comp(True))
        print(comp(False))
    except NameError as e:
        print("comprehension:", type(e).__name__, e)
    try:
        print(await worker(0.01, True))
        print(await worker(0.01, False))
    except NameError as e:
        print("caught as NameError:", type(e).__name__, e)
    results = await asyncio.gather(worker(0, True), worker(0, False), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("before the uncaught error")
    print(conditional(False))


asyncio.run(main())
