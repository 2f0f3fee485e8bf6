import asyncio


async def waiter(ev, done, i):
    await ev.wait()
    done[0] += i % 11


async def consumer(cond, items, got, n):
    for k in range(n):
        async with cond:
            while not items:
                await cond.wait()
            got[0] += items.pop()


async def producer(cond, items, n):
    for k in range(n):
        async with cond:
            items.append(k % 97)
            cond.notify()
        await asyncio.sleep(0)


async def main():
    done = [0]
    for round in range(10):
        ev = asyncio.Event()
        tasks = [asyncio.create_task(waiter(ev, done, i)) for i in range(5000)]
        await asyncio.sleep(0)
        ev.set()
        await asyncio.gather(*tasks)
    cond = asyncio.Condition()
    items = []
    got = [0]
    consumers = [asyncio.create_task(consumer(cond, items, got, 2000)) for i in range(20)]
    await producer(cond, items, 40000)
    await asyncio.gather(*consumers)
    print(done[0], got[0])


if __name__ == '__main__':
    asyncio.run(main())
