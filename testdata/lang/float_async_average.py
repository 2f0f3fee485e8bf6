# Checks: float arithmetic in coroutines: averages, percentages, and rounding of
# values gathered from tasks.
import asyncio


async def measure(sample):
    await asyncio.sleep(0)
    return sample * 1.1


async def main():
    samples = [3, 7, 10, 12]
    measured = await asyncio.gather(*(measure(s) for s in samples))
    print(measured)
    avg = sum(measured) / len(measured)
    print(avg, round(avg, 2))
    ratio = measured[0] / measured[-1]
    print(ratio, f"{ratio:.1%}")
    total = 0.0
    for m in measured:
        total += m
        await asyncio.sleep(0)
    print(total, total == sum(measured))


asyncio.run(main())
