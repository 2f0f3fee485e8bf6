# Checks: notify() without holding the condition's lock raises RuntimeError.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")


if __name__ == '__main__':
    asyncio.run(main())
