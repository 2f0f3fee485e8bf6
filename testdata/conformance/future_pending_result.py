# Checks: result() on a pending future raises InvalidStateError; exception()
# on a future with a result returns None.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(f"InvalidStateError: {e}")
    fut.set_result(None)
    print(f"exception()={fut.exception()} result()={fut.result()}")


if __name__ == '__main__':
    asyncio.run(main())
