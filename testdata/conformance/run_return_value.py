# Checks: asyncio.run returns main's return value; each run uses a fresh loop
# and task numbering continues across runs.
import asyncio


async def main(x):
    await asyncio.sleep(0)
    print(f"running in {asyncio.current_task().get_name()}")
    return x * 2


if __name__ == '__main__':
    print(asyncio.run(main(21)))
    print(asyncio.run(main("ab")))
