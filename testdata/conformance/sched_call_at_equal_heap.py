# Checks: callbacks scheduled with call_at for exactly the same deadline fire
# in the order CPython's timer heap (heapq) pops them, which is not creation
# order once there are more than two of them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.05
    fired = []
    for i in range(8):
        loop.call_at(when, fired.append, i)
    await asyncio.sleep(0.1)
    print(fired)


if __name__ == '__main__':
    asyncio.run(main())
