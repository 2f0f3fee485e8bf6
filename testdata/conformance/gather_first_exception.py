# Checks: without return_exceptions the first exception propagates to the
# awaiter at once, while the other children keep running to completion.
import asyncio


async def slow(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def fail():
    await asyncio.sleep(0.01)
    raise RuntimeError("early failure")


async def main():
    t1 = asyncio.create_task(slow("slow1", 0.1))
    t2 = asyncio.create_task(slow("slow2", 0.15))
    try:
        await asyncio.gather(t1, fail(), t2)
    except RuntimeError as e:
        print(f"caught: {e}")
        print(f"t1 done={t1.done()} t2 done={t2.done()}")
    await asyncio.sleep(0.25)
    print(f"t1 result={t1.result()} t2 result={t2.result()}")


if __name__ == '__main__':
    asyncio.run(main())
