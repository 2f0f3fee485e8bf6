# Checks: Semaphore(2) lets at most two tasks in at once; the others wait in
# FIFO order.
import asyncio

active = 0
peak = 0


async def job(name, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{name} in (active={active})")
        await asyncio.sleep(0.01)
        active -= 1
        print(f"{name} out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(f"j{i}", sem) for i in range(5)))
    print(f"peak={peak}")


if __name__ == '__main__':
    asyncio.run(main())
