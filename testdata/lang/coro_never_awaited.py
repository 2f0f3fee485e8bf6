import asyncio

def arg(x):
    print("arg", x)
    return x

async def work(n):
    print("work", n)

async def main():
    delay = lambda: asyncio.sleep(0)
    delay()
    work(arg(1))
    print("done")

asyncio.run(main())
