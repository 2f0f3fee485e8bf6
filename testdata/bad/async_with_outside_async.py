# Bad input: async with inside an ordinary function.
import asyncio


def worker(lock):
    async with lock:  # ERROR "'async with' outside async function"
        print("locked")


worker(asyncio.Lock())
