# Checks: nested gathers return nested lists in order and interleave their
# children as one flat set of tasks.
import asyncio


async def step(name):
    print(f"{name} start")
    await asyncio.sleep(0)
    print(f"{name} end")
    return name


async def main():
    result = await asyncio.gather(
        asyncio.gather(step("a1"), step("a2")),
        step("b"),
        asyncio.gather(step("c1"), asyncio.gather(step("c2"), step("c3"))),
    )
    print(result)


if __name__ == '__main__':
    asyncio.run(main())
