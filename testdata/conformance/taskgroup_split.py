# Checks: ExceptionGroup.split and subgroup on a TaskGroup failure keep the
# group message and the order of sub-exceptions.
import asyncio


async def raise_now(exc):
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_now(ValueError("a")))
            tg.create_task(raise_now(TypeError("b")))
            tg.create_task(raise_now(ValueError("c")))
    except ExceptionGroup as eg:
        match, rest = eg.split(ValueError)
        print(f"match: {match!r}")
        print(f"rest: {rest!r}")
        sub = eg.subgroup(TypeError)
        print(f"subgroup: {sub!r}")
        print(f"none: {eg.subgroup(KeyError)!r}")


if __name__ == '__main__':
    asyncio.run(main())
