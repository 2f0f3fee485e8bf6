import asyncio


async def producer(out, n):
    for i in range(n):
        await out.put(i)
    await out.put(-1)


async def stage(inp, out, mul, add):
    while True:
        x = await inp.get()
        if x < 0:
            await out.put(x)
            return
        await out.put((x * mul + add) % 1000003)


async def consumer(inp):
    total = 0
    count = 0
    while True:
        x = await inp.get()
        if x < 0:
            return total * 1000 + count % 1000
        total += x
        count += 1


async def main():
    q0 = asyncio.Queue(maxsize=64)
    q1 = asyncio.Queue(maxsize=64)
    q2 = asyncio.Queue(maxsize=64)
    q3 = asyncio.Queue(maxsize=64)
    c = asyncio.create_task(consumer(q3))
    s3 = asyncio.create_task(stage(q2, q3, 7, 1))
    s2 = asyncio.create_task(stage(q1, q2, 5, 3))
    s1 = asyncio.create_task(stage(q0, q1, 3, 2))
    await producer(q0, 100000)
    await asyncio.gather(s1, s2, s3)
    print(await c)


if __name__ == '__main__':
    asyncio.run(main())
