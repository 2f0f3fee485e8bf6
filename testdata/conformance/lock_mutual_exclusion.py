# Checks: async with Lock makes critical sections exclusive: each task's
# enter/leave pair is not interleaved with another's.
import asyncio


async def critical(name, lock):
    async with lock:
        print(f"{name} enter")
        await asyncio.sleep(0.01)
        print(f"{name} leave")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(critical("a", lock), critical("b", lock), critical("c", lock))
    print(f"locked at end: {lock.locked()}")


if __name__ == '__main__':
    asyncio.run(main())
