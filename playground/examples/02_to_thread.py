# main.py
import asyncio
import threading
import time
from datetime import datetime


def sleep(secs):
    print(f"{datetime.now()} : {threading.get_ident()}")
    time.sleep(secs)
    print(f"{datetime.now()} : {threading.get_ident()}")


async def main():
    print(f"{datetime.now()} : {threading.get_ident()}")
    await asyncio.to_thread(sleep, 1)
    print(f"{datetime.now()} : {threading.get_ident()}")


if __name__ == '__main__':
    asyncio.run(main())
