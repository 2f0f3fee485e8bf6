# Checks: async with asyncio.timeout(d) turns the cancellation of the block
# into TimeoutError, and expired() reports it.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside block")
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("TimeoutError raised")
    print(f"expired={cm.expired()}")

    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
    print(f"fast block expired={cm2.expired()}")


if __name__ == '__main__':
    asyncio.run(main())
