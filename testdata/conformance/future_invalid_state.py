# Checks: setting the result of a finished future raises InvalidStateError;
# set_result on a cancelled future too.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print(f"InvalidStateError: {e}")
    try:
        fut.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print(f"InvalidStateError: {e}")
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(3)
    except asyncio.InvalidStateError as e:
        print(f"InvalidStateError: {e}")
    print(fut.result())


if __name__ == '__main__':
    asyncio.run(main())
