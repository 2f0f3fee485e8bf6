# Checks: an exception raised in a to_thread function is re-raised in the
# awaiting task with its type and message.
import asyncio


def parse(text):
    return int(text)


async def main():
    print(await asyncio.to_thread(parse, "12"))
    try:
        await asyncio.to_thread(parse, "twelve")
    except ValueError as e:
        print(f"caught: {e}")


if __name__ == '__main__':
    asyncio.run(main())
