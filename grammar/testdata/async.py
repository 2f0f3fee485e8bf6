import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        q.task_done()


async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


async def main():
    x = await asyncio.sleep(1, result=5)
    y = await f() ** 2
    z = -await f()
    w = [await g(i) for i in range(3)]
    v = [i async for i in agen()]
    u = [i async for i in agen() if await pred(i)]
    async with lock:
        pass
    async with asyncio.timeout(1) as cm, other() as o:
        pass
    async for i in agen():
        print(i)
    else:
        pass
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('a', q))
    try:
        await asyncio.wait_for(fut, timeout=1)
    except asyncio.TimeoutError:
        pass
    results = await asyncio.gather(*tasks, return_exceptions=True)
    await (await f())
    return await x


def gen():
    x = yield
    y = yield 1
    z = yield 1, 2
    yield
    yield from_ + 1


if __name__ == "__main__":
    asyncio.run(main())
