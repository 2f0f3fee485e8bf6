# Checks: coroutines returning tuples, unpacking awaited tuples, tuples from
# gather, and comparing result tuples.
import asyncio


async def stats(values):
    await asyncio.sleep(0)
    return min(values), max(values), sum(values) / len(values)


async def split_name(full):
    await asyncio.sleep(0)
    first, _, last = full.partition(" ")
    return first, last


async def main():
    lo, hi, avg = await stats([4, 8, 15, 16, 23, 42])
    print(lo, hi, avg)
    names = await asyncio.gather(split_name("Ada Lovelace"), split_name("Alan Turing"))
    print(names, type(names).__name__)
    for first, last in names:
        print(f"{last}, {first}")
    print(sorted(names, key=lambda n: n[1]), names[0] < names[1])
    print(await stats([1]))


asyncio.run(main())
