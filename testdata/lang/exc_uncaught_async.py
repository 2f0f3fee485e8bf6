# Checks: an uncaught user exception raised inside a coroutine run by asyncio.run
# propagates out of asyncio.run: traceback on stderr, exit status 1.
import asyncio


class QuotaExceeded(Exception):
    pass


async def charge(amount):
    await asyncio.sleep(0)
    if amount > 100:
        raise QuotaExceeded(f"amount {amount} over quota")
    return amount


async def main():
    print(await charge(50))
    print(await charge(500))


asyncio.run(main())
