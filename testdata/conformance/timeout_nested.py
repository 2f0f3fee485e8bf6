# Checks: nested timeout blocks: the inner, shorter one fires and is caught
# inside; the outer one is unaffected.
import asyncio


async def main():
    async with asyncio.timeout(0.5) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out")
        await asyncio.sleep(0.01)
        print("outer block continues")
    print(f"inner expired={inner.expired()} outer expired={outer.expired()}")


if __name__ == '__main__':
    asyncio.run(main())
