# Checks: UnboundLocalError along less common paths: nested loops with break
# and continue, a with block whose __exit__ swallows the exception, continue
# in a try with finally, while/else, starred for targets, async with on a lock.
import asyncio


class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, et, ev, tb):
        return True


def nested(n):
    for i in range(n):
        for j in range(n):
            if j == 1:
                continue
            if i == 2:
                break
            last = (i, j)
    return last


def with_swallow(flag):
    with CM() as c:
        if flag:
            raise ValueError("x")
        got = c
    return got


def loop_try(items):
    for it in items:
        try:
            v = int(it)
        except ValueError:
            continue
        finally:
            pass
        ok = v
    return ok


def while_else(n):
    i = 0
    while i < n:
        i += 1
    else:
        done = i
    return done


def star(xs):
    for first, *rest in xs:
        pass
    return first, rest


async def alock(flag):
    lock = asyncio.Lock()
    async with lock:
        if flag:
            inside = 1
    return inside


async def main():
    for label, fn in [
        ("nested 3", lambda: nested(3)),
        ("nested 0", lambda: nested(0)),
        ("with_swallow False", lambda: with_swallow(False)),
        ("with_swallow True", lambda: with_swallow(True)),
        ("loop_try", lambda: loop_try(["x", "2"])),
        ("loop_try bad", lambda: loop_try(["x"])),
        ("while_else", lambda: while_else(2)),
        ("star", lambda: star([[1, 2, 3]])),
        ("star empty", lambda: star([])),
    ]:
        try:
            print(label, fn())
        except UnboundLocalError as e:
            print(label, "UnboundLocalError", e)
    for flag in (True, False):
        try:
            print(await alock(flag))
        except UnboundLocalError as e:
            print("alock", e)


asyncio.run(main())
