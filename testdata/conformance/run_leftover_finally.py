# Checks: a single leftover task's finally block runs during asyncio.run
# shutdown, after main has returned.
import asyncio


async def background():
    try:
        print("background waiting")
        await asyncio.sleep(10)
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main done")


if __name__ == '__main__':
    asyncio.run(main())
    print("after run")
