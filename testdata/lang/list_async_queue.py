# Checks: lists used as shared state by tasks: append order from interleaved
# tasks, pop(0) as a FIFO, and a list of results built in completion order.
import asyncio


async def producer(buf, name, count):
    for i in range(count):
        buf.append(f"{name}{i}")
        await asyncio.sleep(0)


async def consumer(buf, out):
    while True:
        if buf:
            out.append(buf.pop(0))
        else:
            await asyncio.sleep(0)
            if not buf:
                return


async def main():
    buf = []
    out = []
    await asyncio.gather(producer(buf, "a", 3), producer(buf, "b", 2))
    print(buf)
    buf.extend(["x", "y"])
    await consumer(buf, out)
    print(out, buf)
    order = []

    async def job(n):
        await asyncio.sleep(0.01 * n)
        order.append(n)

    await asyncio.gather(*[job(n) for n in [3, 1, 2]])
    print(order)


asyncio.run(main())
