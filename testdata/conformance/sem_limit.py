# Checks: Semaphore(2) lets at most two tasks in at once; the others wait in
# FIFO order and enter as slots are released.
import asyncio

active = 0
peak = 0


async def job(name, delay, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{name} in (active={active})")
        await asyncio.sleep(delay)
        active -= 1
        print(f"{name} out")


async def main():
    sem = asyncio.Semaphore(2)
    delays = [0.02, 0.12, 0.04, 0.08, 0.07]
    jobs = []
    for i in range(5):
        jobs.append(job(f"j{i}", delays[i], sem))
    await asyncio.gather(*jobs)
    print(f"peak={peak}")


if __name__ == '__main__':
    asyncio.run(main())
