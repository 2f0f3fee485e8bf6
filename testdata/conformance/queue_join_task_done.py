# Checks: join() waits until task_done() has been called for every item put;
# workers are then cancelled.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        log.append(f"{name}:{item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{n}", q, log)) for n in range(3)]
    await q.join()
    print(f"joined with {len(log)} items processed")
    print(log)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


if __name__ == '__main__':
    asyncio.run(main())
