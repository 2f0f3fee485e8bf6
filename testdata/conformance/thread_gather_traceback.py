# Checks: an exception of a to_thread call inside gather, not caught: the
# frame that awaits the gather is marked from its await, and the function
# runs under asyncio's to_thread and the executor's frames.
import asyncio


def check(n):
    if n == 3:
        raise ValueError(f"bad {n}")
    return n * 10


async def main():
    ok = await asyncio.gather(*[asyncio.to_thread(check, i) for i in range(3)])
    print(ok)
    r = await asyncio.gather(asyncio.to_thread(check, 1), asyncio.to_thread(check, 3))
    print(r)


if __name__ == '__main__':
    asyncio.run(main())
