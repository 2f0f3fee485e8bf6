# A translation case: it must be accepted and compile.
import asyncio

async def main():
    nums = [3, -1, 2]
    print(", ".join(map(str, nums)), sorted(nums, key=abs), max(["aa", "b"], key=len))
    print(list(filter(bool, [0, 1, 2, 0])), list(map(float, nums)))

asyncio.run(main())
