# Checks: closures used from async code: a task factory capturing loop values, an
# async inner function rebinding a nonlocal, and late binding across awaits.
import asyncio


async def main():
    log = []

    async def record(tag, delay):
        await asyncio.sleep(delay)
        log.append(tag)

    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(record(f"t{i}", 0.01 * (3 - i))))
    await asyncio.gather(*tasks)
    print(log)

    hits = 0

    async def hit():
        nonlocal hits
        await asyncio.sleep(0)
        hits += 1

    await asyncio.gather(hit(), hit(), hit())
    print("hits", hits)

    value = "before"

    async def read_later():
        await asyncio.sleep(0.01)
        return value

    t = asyncio.create_task(read_later())
    value = "after"
    print(await t)


asyncio.run(main())
