# Checks: tasks waiting on a lock acquire it in the order they started
# waiting; acquire() returns True; locked() follows the state.
import asyncio


async def user(name, lock):
    got = await lock.acquire()
    try:
        print(f"{name} acquired ({got})")
        await asyncio.sleep(0)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print(f"main holds lock: {lock.locked()}")
    tasks = [asyncio.create_task(user(f"u{i}", lock)) for i in range(4)]
    await asyncio.sleep(0.01)
    print("main releasing")
    lock.release()
    await asyncio.gather(*tasks)
    print(f"locked={lock.locked()}")


if __name__ == '__main__':
    asyncio.run(main())
