# Checks: print with several arguments, sep=, end=, file=sys.stderr, flush=True,
# print() with no arguments, and ordering of stdout and stderr writes.
import asyncio
import sys


async def main():
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", sep=", ", end=";\n")
    print()
    print("no newline", end="")
    print(" -> continued")
    print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
    print("to stderr", file=sys.stderr)
    print("warn:", 42, file=sys.stderr, sep="", end="!\n")
    await asyncio.sleep(0)
    print("flushed", flush=True)
    print(*[1, 2, 3], sep="-")
    print(*"xyz")
    print("", end="")
    print("end", end="\n\n")
    print("tail", sep="X")


asyncio.run(main())
