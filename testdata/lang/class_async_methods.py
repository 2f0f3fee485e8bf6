# Checks: async methods on a class awaited from main, methods creating tasks on
# other methods, and instance state updated across awaits.
import asyncio


class Worker:
    def __init__(self, name):
        self.name = name
        self.done = []

    async def step(self, n):
        await asyncio.sleep(0)
        self.done.append(n)
        return n * n

    async def run(self, count):
        total = 0
        for i in range(count):
            total += await self.step(i)
        return total


class Pool:
    def __init__(self, workers):
        self.workers = workers

    async def run_all(self, count):
        tasks = [asyncio.create_task(w.run(count)) for w in self.workers]
        return await asyncio.gather(*tasks)


async def main():
    w = Worker("solo")
    print(await w.run(4), w.done)
    pool = Pool([Worker("a"), Worker("b")])
    results = await pool.run_all(3)
    print(results)
    for wk in pool.workers:
        print(wk.name, wk.done)


asyncio.run(main())
