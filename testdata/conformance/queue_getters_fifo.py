# Checks: tasks blocked in get() are served in the order they started
# waiting.
import asyncio


async def getter(name, q):
    item = await q.get()
    print(f"{name} received {item}")


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ["first", "second", "third"]:
        q.put_nowait(item)
    await asyncio.gather(*tasks)


if __name__ == '__main__':
    asyncio.run(main())
