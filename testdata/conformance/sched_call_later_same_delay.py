# Checks: callbacks scheduled with call_later and the same delay, one after
# another, fire in the order they were scheduled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    for i in range(10):
        loop.call_later(0.05, fired.append, i)
    await asyncio.sleep(0.1)
    print(fired)


if __name__ == '__main__':
    asyncio.run(main())
