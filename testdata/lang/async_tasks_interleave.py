# Checks: create_task schedules without running; tasks interleave at every await
# in FIFO order; awaiting a coroutine directly runs it inline.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * n


async def main():
    t1 = asyncio.create_task(counter("a", 3))
    t2 = asyncio.create_task(counter("b", 2))
    print("tasks created")
    inline = await counter("c", 2)
    print("inline result", inline)
    print(await t1, await t2)
    print(t1.done(), t2.result())


asyncio.run(main())
