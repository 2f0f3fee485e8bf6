# Checks: calling task_done() more times than items were put raises
# ValueError with CPython's message; join() on a drained queue returns at once.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    await q.join()
    print("join returned")
    try:
        q.task_done()
    except ValueError as e:
        print(f"ValueError: {e}")


if __name__ == '__main__':
    asyncio.run(main())
