# Checks: an exception in a run_in_executor function surfaces when the
# future is awaited.
import asyncio


def explode(msg):
    raise RuntimeError(msg)


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, explode, "executor failure")
    except RuntimeError as e:
        print(f"caught: {e!r}")


if __name__ == '__main__':
    asyncio.run(main())
