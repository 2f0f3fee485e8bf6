# Checks: asyncio.to_thread running plain functions (pure computations) in worker
# threads, results returned in gather order, and exceptions from the thread
# re-raised in the coroutine.
import asyncio
import threading


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def checked_div(a, b):
    return a // b


async def main():
    main_ident = threading.get_ident()
    results = await asyncio.gather(*(asyncio.to_thread(crunch, n) for n in [10, 100, 1000]))
    print(results)
    try:
        await asyncio.to_thread(checked_div, 1, 0)
    except ZeroDivisionError as e:
        print("thread raised:", e)

    def whoami():
        return threading.get_ident() != main_ident

    print("ran on another thread:", await asyncio.to_thread(whoami))


asyncio.run(main())
