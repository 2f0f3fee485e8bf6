# Checks: Semaphore.locked() is True only when no more acquires can succeed
# without waiting; a negative initial value is rejected.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(f"start locked={sem.locked()}")
    await sem.acquire()
    print(f"one acquired locked={sem.locked()}")
    await sem.acquire()
    print(f"two acquired locked={sem.locked()}")
    sem.release()
    print(f"one released locked={sem.locked()}")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(f"ValueError: {e}")


if __name__ == '__main__':
    asyncio.run(main())
