# Checks: waiters woken by set() still return True even if the event is
# cleared before they run.
import asyncio


async def waiter(ev):
    result = await ev.wait()
    print(f"waiter returned {result}, is_set now {ev.is_set()}")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t


if __name__ == '__main__':
    asyncio.run(main())
