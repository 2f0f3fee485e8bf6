# Checks: asyncio.sleep(0) yields to the loop exactly once: two tasks that
# alternate with sleep(0) interleave step by step.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(counter("x", 4))
    t2 = asyncio.create_task(counter("y", 4))
    await t1
    await t2
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
