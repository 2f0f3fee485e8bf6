# Checks: except* clauses receive sub-groups matching their type from a
# TaskGroup failure; each matching clause runs once.
import asyncio


async def raise_later(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_later(0, ValueError("v1")))
            tg.create_task(raise_later(0, KeyError("k1")))
            tg.create_task(raise_later(0, ValueError("v2")))
    except* ValueError as eg:
        print(f"ValueError group: {eg!r}")
    except* KeyError as eg:
        print(f"KeyError group: {eg!r}")
    print("after try")


if __name__ == '__main__':
    asyncio.run(main())
