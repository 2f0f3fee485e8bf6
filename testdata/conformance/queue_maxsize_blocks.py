# Checks: put() blocks while a bounded queue is full and resumes when a
# consumer takes an item.
import asyncio


async def producer(q):
    for i in range(4):
        print(f"putting {i}")
        await q.put(i)
        print(f"put {i} done")


async def consumer(q):
    await asyncio.sleep(0.01)
    for _ in range(4):
        item = await q.get()
        print(f"got {item}")
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print(f"full={q.full()} qsize={q.qsize()}")


if __name__ == '__main__':
    asyncio.run(main())
