# Checks: a call that returns None used as a condition (if, while, not,
# assert, a conditional expression) still runs, once each time the test is
# evaluated, and tests false.
import asyncio


def log(msg):
    print("log:", msg)


async def note(msg):
    await asyncio.sleep(0)
    print("note:", msg)


async def main():
    if log("if"):
        print("never")
    else:
        print("else branch")
    n = 0
    while log(f"while {n}"):
        n += 1
    print("not:", not log("not"))
    assert not log("assert")
    print("ternary:", "yes" if log("ternary") else "no")
    if await note("awaited"):
        print("never")
    result = None
    if not result:
        print("None is false")


asyncio.run(main())
