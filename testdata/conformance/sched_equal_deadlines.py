# Checks: tasks sleeping for the same duration wake up in the order their
# timers were created.
import asyncio


async def sleeper(name):
    await asyncio.sleep(0.05)
    print(f"{name} woke")


async def main():
    tasks = []
    for name in ["first", "second", "third", "fourth", "fifth"]:
        tasks.append(asyncio.create_task(sleeper(name)))
    await asyncio.gather(*tasks)
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
