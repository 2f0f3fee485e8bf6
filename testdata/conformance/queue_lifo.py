# Checks: LifoQueue returns the most recently put item first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(4):
        await q.put(i)
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print(out)


if __name__ == '__main__':
    asyncio.run(main())
