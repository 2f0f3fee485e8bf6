# Checks: gather returns results in argument order although tasks finish in a
# different order; output printed by tasks interleaves by timer deadlines.
import asyncio


async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return f"{name}:{delay}"


async def main():
    results = await asyncio.gather(job("slow", 0.03), job("fast", 0.01), job("mid", 0.02))
    print(results)
    nums = await asyncio.gather(*(asyncio.sleep(0, result=i * i) for i in range(5)))
    print(nums)


asyncio.run(main())
