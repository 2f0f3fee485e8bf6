# A translation case: it must be accepted and compile.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(-1)


async def consumer(q, lock, results):
    while True:
        item = await q.get()
        if item < 0:
            break
        async with lock:
            results.append(item * item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    lock = asyncio.Lock()
    done = asyncio.Event()
    results = []
    await asyncio.gather(producer(q, 5), consumer(q, lock, results))
    print(results, q.qsize(), lock.locked())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def finish():
        await asyncio.sleep(0.01)
        fut.set_result("ok")
        done.set()

    asyncio.create_task(finish())
    print(await fut, await done.wait(), done.is_set())


asyncio.run(main())
