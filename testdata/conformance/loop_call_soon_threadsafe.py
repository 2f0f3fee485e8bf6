# Checks: a worker thread hands a value back with call_soon_threadsafe; the
# callback runs in the loop thread.
import asyncio
import threading


def worker(loop, fut):
    loop.call_soon_threadsafe(fut.set_result, "from thread")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    th = threading.Thread(target=worker, args=(loop, fut))
    th.start()
    print(await fut)
    th.join()
    print("thread joined")


if __name__ == '__main__':
    asyncio.run(main())
