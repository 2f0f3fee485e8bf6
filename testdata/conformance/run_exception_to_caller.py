# Checks: an exception from main propagates out of asyncio.run to the caller,
# where ordinary try/except catches it.
import asyncio


class AppError(Exception):
    pass


async def main():
    await asyncio.sleep(0)
    raise AppError("main failed")


if __name__ == '__main__':
    try:
        asyncio.run(main())
    except AppError as e:
        print(f"caught {type(e).__name__}: {e}")
    print("program continues")
