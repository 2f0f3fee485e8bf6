# Checks: except* handles part of a TaskGroup's ExceptionGroup; the
# unmatched rest is re-raised as a group and caught by an outer handler.
import asyncio


async def raise_now(exc):
    await asyncio.sleep(0)
    raise exc


async def run_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_now(ValueError("handled")))
            tg.create_task(raise_now(TypeError("not handled")))
            tg.create_task(raise_now(OSError("also not handled")))
    except* ValueError as eg:
        print(f"handled inside: {eg.exceptions}")


async def main():
    try:
        await run_group()
    except ExceptionGroup as rest:
        print(f"rest: {rest!r}")
        print(f"message: {rest.message}")


if __name__ == '__main__':
    asyncio.run(main())
