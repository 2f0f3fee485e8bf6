# Checks: an awaitable from as_completed re-raises its job's exception when
# awaited; later ones are still delivered.
import asyncio


async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    jobs = [job("x", 0.03, False), job("y", 0.01, True), job("z", 0.02, False)]
    for fut in asyncio.as_completed(jobs):
        try:
            print(f"ok: {await fut}")
        except ValueError as e:
            print(f"error: {e}")


if __name__ == '__main__':
    asyncio.run(main())
