# Checks: asyncio.Queue producer/consumer pipeline with typed items, task_done and
# join, sentinel-free shutdown by cancelling the consumers.
import asyncio


async def producer(q, items):
    for it in items:
        await q.put(it)
        print("put", it)


async def consumer(name, q, out):
    while True:
        item = await q.get()
        out.append(f"{name}:{item * 2}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    workers = [asyncio.create_task(consumer(f"w{i}", q, out)) for i in range(2)]
    await producer(q, [1, 2, 3, 4, 5])
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(out)
    print(q.empty(), q.qsize(), all(w.cancelled() for w in workers))


asyncio.run(main())
