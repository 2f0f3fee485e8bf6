# A translation case: it must be accepted and compile.
import asyncio

async def main():
    seen = set()
    for w in ["b", "a", "b", "c"]:
        seen.add(w)
    print(len(seen), "a" in seen, "z" in seen, sorted(seen))
    nums = {x % 3 for x in range(10)}
    print(nums, list(nums))
    for n in nums:
        print(n)

asyncio.run(main())
