# Checks: nested for loops creating tasks, collecting results in loop order, and
# loops over dict items and zipped lists inside a coroutine.
import asyncio


async def cell(r, c):
    await asyncio.sleep(0.001 * ((r + c) % 3))
    return r * 10 + c


async def main():
    tasks = []
    for r in range(3):
        for c in range(3):
            tasks.append(asyncio.create_task(cell(r, c)))
    values = [await t for t in tasks]
    for r in range(3):
        print(values[r * 3:(r + 1) * 3])
    scores = {"ann": 3, "bob": 5, "cy": 4}
    for name, s in scores.items():
        await asyncio.sleep(0)
        print(f"{name:>4}: {'*' * s}")
    for a, b in zip([1, 2, 3], "abc"):
        print(a, b)


asyncio.run(main())
