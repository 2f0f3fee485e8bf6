# Checks: as_completed yields awaitables in completion order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    jobs = [job("a", 0.06), job("b", 0.02), job("c", 0.04), job("d", 0.01)]
    for fut in asyncio.as_completed(jobs):
        print(await fut)


if __name__ == '__main__':
    asyncio.run(main())
