# Checks: shield of an already finished task returns that task itself.
import asyncio


async def quick():
    return "quick"


async def main():
    t = asyncio.create_task(quick())
    await t
    s = asyncio.shield(t)
    print(f"shield returns same task: {s is t}")
    print(await s)


if __name__ == '__main__':
    asyncio.run(main())
