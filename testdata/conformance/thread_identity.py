# Checks: to_thread runs the function in another thread, and the coroutine
# resumes in the loop's thread.
import asyncio
import threading


def where():
    return threading.get_ident()


async def main():
    loop_thread = threading.get_ident()
    worker_thread = await asyncio.to_thread(where)
    print(f"same thread in worker: {worker_thread == loop_thread}")
    print(f"same thread after await: {threading.get_ident() == loop_thread}")
    print(f"main thread is loop thread: {threading.main_thread().ident == loop_thread}")


if __name__ == '__main__':
    asyncio.run(main())
