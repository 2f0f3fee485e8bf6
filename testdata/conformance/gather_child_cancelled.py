# Checks: when one child of a gather is cancelled, the gather raises
# CancelledError to its awaiter (return_exceptions=False), while the other
# children continue.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    t1 = asyncio.create_task(child("one", 0.1))
    t2 = asyncio.create_task(child("two", 1))
    t3 = asyncio.create_task(child("three", 0.15))
    g = asyncio.gather(t1, t2, t3)
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(f"gather cancelled={g.cancelled()}")
    await asyncio.sleep(0.2)
    print(f"t1={t1.result()} t3={t3.result()}")


if __name__ == '__main__':
    asyncio.run(main())
