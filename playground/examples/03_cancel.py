# main.py
import asyncio
import threading
from datetime import datetime


async def sleep():
    print(f"{datetime.now()} : {threading.get_ident()}")
    await asyncio.sleep(3)
    print(f"{datetime.now()} : {threading.get_ident()}")


async def main():
    task = asyncio.create_task(sleep())

    await asyncio.sleep(1)
    task.cancel()

    try:
        result = await task
    except asyncio.CancelledError as e:
        print(f"cancel? : {task.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
