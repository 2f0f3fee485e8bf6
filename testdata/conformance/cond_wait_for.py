# Checks: Condition.wait_for(predicate) returns only once the predicate is
# true, re-checking after every notify.
import asyncio


async def consumer(cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print(f"consumer sees {items}")


async def producer(cond, items):
    for i in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(i)
            print(f"produced {i}")
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(consumer(cond, items), producer(cond, items))


if __name__ == '__main__':
    asyncio.run(main())
