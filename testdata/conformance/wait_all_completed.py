# Checks: wait() with the default ALL_COMPLETED waits for every task,
# including failed ones, and returns an empty pending set.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError("job 2 failed")
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(1, 4)]
    done, pending = await asyncio.wait(tasks)
    print(f"done={len(done)} pending={len(pending)}")
    print(f"return_when default: {asyncio.ALL_COMPLETED}")
    for t in tasks:
        if t.exception() is None:
            print(f"result {t.result()}")
        else:
            print(f"exception {t.exception()!r}")


if __name__ == '__main__':
    asyncio.run(main())
