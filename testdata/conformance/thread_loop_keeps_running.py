# Checks: while a to_thread call blocks, other tasks keep running on the
# loop; the thread's result arrives afterwards.
import asyncio
import time


def slow():
    time.sleep(0.3)
    return "slow done"


async def ticker():
    count = 0
    for i in range(5):
        await asyncio.sleep(0.01)
        count += 1
    print(f"ticker ticked {count} times")


async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(slow))
    print(f"ticker finished first: {t.done()}")


if __name__ == '__main__':
    asyncio.run(main())
