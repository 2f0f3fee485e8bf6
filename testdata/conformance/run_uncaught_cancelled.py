# Checks: when the main task itself is cancelled, asyncio.run raises
# CancelledError: traceback on stderr naming asyncio.exceptions.CancelledError
# and exit status 1.
import asyncio


async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, me.cancel)
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


if __name__ == '__main__':
    asyncio.run(main())
