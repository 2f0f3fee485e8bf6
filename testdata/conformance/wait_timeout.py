# Checks: wait(timeout=...) returns (done, pending) when time runs out
# without raising and without cancelling the pending tasks.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    fast = asyncio.create_task(job("fast", 0.01))
    slow = asyncio.create_task(job("slow", 0.2))
    done, pending = await asyncio.wait([fast, slow], timeout=0.05)
    print(f"fast in done: {fast in done}, slow in pending: {slow in pending}")
    print(f"slow cancelled={slow.cancelled()} done={slow.done()}")
    print(await slow)


if __name__ == '__main__':
    asyncio.run(main())
