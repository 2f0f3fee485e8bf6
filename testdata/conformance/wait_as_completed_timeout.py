# Checks: as_completed(timeout=...) raises TimeoutError for awaitables that
# do not finish in time, after yielding the ones that did.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    jobs = [job("slow", 0.5), job("fast", 0.01)]
    try:
        for fut in asyncio.as_completed(jobs, timeout=0.05):
            print(await fut)
    except TimeoutError:
        print("as_completed timed out")


if __name__ == '__main__':
    asyncio.run(main())
