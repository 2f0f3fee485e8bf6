# Checks: wait(return_when=FIRST_COMPLETED) returns as soon as one task is
# done; the others stay pending and keep running.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [
        asyncio.create_task(job("slow", 0.2), name="slow"),
        asyncio.create_task(job("fast", 0.01), name="fast"),
        asyncio.create_task(job("mid", 0.1), name="mid"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"done: {sorted(t.get_name() for t in done)}")
    print(f"pending: {sorted(t.get_name() for t in pending)}")
    done, pending = await asyncio.wait(pending)
    print(f"then done: {sorted(t.result() for t in done)} pending: {len(pending)}")


if __name__ == '__main__':
    asyncio.run(main())
