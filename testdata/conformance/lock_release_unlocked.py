# Checks: releasing an unlocked Lock raises RuntimeError with CPython's
# message.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    async with lock:
        print(f"inside: locked={lock.locked()}")
    print(f"outside: locked={lock.locked()}")


if __name__ == '__main__':
    asyncio.run(main())
