# Checks: task.cancel(msg) delivers msg as the CancelledError argument inside
# the task, and the exception seen by the awaiter.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"inside: args={e.args}")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print(f"cancel returned {t.cancel('stop now')}")
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"outside: args={e.args}")
    print(f"cancelled: {t.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
