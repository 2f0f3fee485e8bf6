# Checks: wait(return_when=FIRST_EXCEPTION) returns when a task raises; the
# exception stays in the task (wait itself does not raise).
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    return name


async def bad():
    await asyncio.sleep(0.02)
    raise ValueError("bad task")


async def main():
    t1 = asyncio.create_task(ok("quick", 0.01), name="quick")
    t2 = asyncio.create_task(bad(), name="bad")
    t3 = asyncio.create_task(ok("slow", 0.2), name="slow")
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print(f"done: {sorted(t.get_name() for t in done)}")
    print(f"pending: {sorted(t.get_name() for t in pending)}")
    print(f"bad exception: {t2.exception()!r}")
    t3.cancel()
    await asyncio.wait([t3])
    print(f"slow cancelled={t3.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
