# Checks: ExceptionGroup raised directly and handled with except*, splitting by
# type, nested groups, and str() of a group.
import asyncio


async def main():
    try:
        raise ExceptionGroup("batch", [ValueError("v1"), KeyError("k"), ValueError("v2")])
    except* ValueError as g:
        print("values:", [str(e) for e in g.exceptions], "|", g)
    except* KeyError as g:
        print("keys:", [repr(e) for e in g.exceptions])

    try:
        try:
            raise ExceptionGroup("outer", [TypeError("t"), ExceptionGroup("inner", [ValueError("deep")])])
        except* TypeError as g:
            print("types:", len(g.exceptions))
    except* ValueError as g:
        print("leftover:", type(g).__name__, g.message, repr(g.exceptions[0]))

    eg = ExceptionGroup("two", [OSError("a"), RuntimeError("b")])
    print(str(eg), len(eg.exceptions))
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
