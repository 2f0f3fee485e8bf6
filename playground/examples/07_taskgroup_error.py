# main.py
import asyncio
import threading
from datetime import datetime


class TerminateException(Exception):
    pass


async def sleep(secs):
    print(f"{datetime.now()} : {threading.get_ident()}")
    await asyncio.sleep(secs)
    print(f"{datetime.now()} : {threading.get_ident()}")
    raise TerminateException(secs)


async def main():
    try:
        async with asyncio.TaskGroup() as g:
            t1 = g.create_task(sleep(1))
            t2 = g.create_task(sleep(2))
    except* TerminateException as e:
        print(e)

    print(f"t1 canceled? : {t1.cancelled()}")
    print(f"t2 canceled? : {t2.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
