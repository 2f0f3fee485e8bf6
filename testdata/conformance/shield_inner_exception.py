# Checks: an exception from the shielded inner task propagates through the
# shield to its awaiter.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")


async def main():
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print(f"caught through shield: {e}")


if __name__ == '__main__':
    asyncio.run(main())
