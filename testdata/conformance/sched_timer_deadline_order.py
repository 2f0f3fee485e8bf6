# Checks: timers fire by deadline, not by creation order.
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} woke after {delay}")


async def main():
    await asyncio.gather(
        sleeper("slow", 0.15),
        sleeper("fast", 0.01),
        sleeper("medium", 0.08),
    )
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
