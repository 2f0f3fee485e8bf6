# A translation case: it must be accepted and compile.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError("negative")
    return n * 2

async def safe(n):
    try:
        return await fetch(n)
    except ValueError as e:
        print("error:", e)
        return -1

async def multi(n):
    try:
        x = await fetch(n)
        if x > 4:
            return x
        y = await fetch(x)
    except ValueError:
        return 0
    finally:
        print("finally", n)
    return y + 1

async def main():
    print(await safe(2), await safe(-1))
    print(await multi(1), await multi(5), await multi(-3))

asyncio.run(main())
