# Checks: *args and **kwargs of coroutines run as tasks and gathered.
import asyncio


async def job(name, *steps, **meta):
    for s in steps:
        await asyncio.sleep(0)
        print(name, s, meta.get("tag", "-"))
    return len(steps)


async def main():
    plan = ["a", "b"]
    t1 = asyncio.create_task(job("one", *plan, tag="x"))
    t2 = asyncio.create_task(job("two", "c"))
    print(await t1, await t2)
    print(await asyncio.gather(*[job(n) for n in ["p", "q"]]))


asyncio.run(main())
