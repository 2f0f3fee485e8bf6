# Checks: BoundedSemaphore raises ValueError when released more than
# acquired; a plain Semaphore just grows.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(f"ValueError: {e}")
    s = asyncio.Semaphore(1)
    s.release()
    await s.acquire()
    await s.acquire()
    print(f"plain semaphore locked after two acquires: {s.locked()}")


if __name__ == '__main__':
    asyncio.run(main())
