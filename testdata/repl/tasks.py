ready = asyncio.Event()
async def worker(name):
    print(name, "waiting")
    await ready.wait()
    print(name, "running")
    return name.upper()

t = asyncio.create_task(worker("a")); await asyncio.sleep(0)
t.done()
ready.set(); await t
t
t.result()
async def count(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        print("tick", i)
    return n

await asyncio.gather(count(2), count(3))
async with asyncio.TaskGroup() as tg:
    a = tg.create_task(count(1))
    b = tg.create_task(count(2))

a.result() + b.result()
asyncio.current_task()
q = asyncio.Queue()
for i in range(3):
    q.put_nowait(i * 10)

await q.get()
q.qsize()
