# Checks: PriorityQueue returns the smallest item first, tuples compared
# element by element.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        q.put_nowait(item)
    while not q.empty():
        print(await q.get())


if __name__ == '__main__':
    asyncio.run(main())
