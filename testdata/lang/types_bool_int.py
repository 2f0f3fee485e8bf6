# Checks: bool is an int subclass: arithmetic on bools, sum of comparisons,
# True == 1, indexing with bools, and str/repr of bools.
import asyncio


async def main():
    print(True + True, True - False, True * 7, False * 7, -True, True / 2, True // 2)
    flags = [3 > 2, 1 > 2, 5 == 5, "a" in "b"]
    print(flags, sum(flags), flags.count(True))
    print(True == 1, False == 0, True is True, 1 == 1.0)
    print(["no", "yes"][True], ["no", "yes"][False])
    print(str(True), repr(False), f"{True}", f"{True:d}", int(False))
    print(max(True, 0), abs(-True), True & False, True | False, True ^ True)
    await asyncio.sleep(0)
    ok = all([True, True])
    print(type(ok).__name__, type(True + 1).__name__, type(True & True).__name__)


asyncio.run(main())
