# Checks: passing the same task twice to gather runs it once and reports its
# result in both positions.
import asyncio


async def work():
    print("work runs")
    await asyncio.sleep(0)
    return "w"


async def main():
    t = asyncio.create_task(work())
    print(await asyncio.gather(t, t, t))


if __name__ == '__main__':
    asyncio.run(main())
