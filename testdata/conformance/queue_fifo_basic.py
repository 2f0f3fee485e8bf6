# Checks: Queue put/get order, qsize, empty, full with no maxsize.
import asyncio


async def main():
    q = asyncio.Queue()
    print(f"empty={q.empty()} full={q.full()} maxsize={q.maxsize}")
    for item in ["a", "b", "c"]:
        await q.put(item)
    print(f"qsize={q.qsize()} empty={q.empty()}")
    while not q.empty():
        print(await q.get())
    print(f"qsize={q.qsize()}")


if __name__ == '__main__':
    asyncio.run(main())
