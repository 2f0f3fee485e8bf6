# Checks: the interleaving of a producer and two consumers on a bounded
# queue, with a None sentinel per consumer.
import asyncio


async def producer(q, n_consumers):
    for i in range(5):
        await q.put(i)
        print(f"produced {i}")
    for _ in range(n_consumers):
        await q.put(None)


async def consumer(name, q):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stops")
            return
        print(f"{name} consumed {item}")
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 2), consumer("c1", q), consumer("c2", q))


if __name__ == '__main__':
    asyncio.run(main())
