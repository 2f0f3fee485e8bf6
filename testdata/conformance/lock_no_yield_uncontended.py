# Checks: acquiring a free lock does not yield to other tasks (no
# suspension), while a contended acquire does.
import asyncio


async def other():
    print("other task ran")


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(other())
    async with lock:
        print("acquired free lock without yielding")
    print(f"other done: {t.done()}")
    await t


if __name__ == '__main__':
    asyncio.run(main())
