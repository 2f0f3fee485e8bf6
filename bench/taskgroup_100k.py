import asyncio


async def child(i):
    await asyncio.sleep(0)
    return i % 1000


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(i)) for i in range(100000)]
    print(sum(t.result() for t in tasks))


if __name__ == '__main__':
    asyncio.run(main())
