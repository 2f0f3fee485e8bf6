# Checks: get_nowait on an empty queue raises QueueEmpty and put_nowait on a
# full queue raises QueueFull.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(f"QueueEmpty raised: {e!r}")
    q.put_nowait("x")
    print(f"full={q.full()}")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print(f"QueueFull raised: {e!r}")
    print(q.get_nowait())


if __name__ == '__main__':
    asyncio.run(main())
