# Checks: a task cancelled while blocked in queue.get() does not consume an
# item; a later consumer receives it.
import asyncio


async def consumer(q, name):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled in get")
        raise


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer(q, "c1"))
    await asyncio.sleep(0.01)
    c1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    c2 = asyncio.create_task(consumer(q, "c2"))
    await asyncio.gather(c1, c2, return_exceptions=True)
    print(f"c1 cancelled={c1.cancelled()} qsize={q.qsize()}")


if __name__ == '__main__':
    asyncio.run(main())
