# Checks: remove_done_callback removes every registration of the callback and
# returns how many were removed; the rest still run in order.
import asyncio


def cb_a(task):
    print("cb_a")


def cb_b(task):
    print("cb_b")


async def work():
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(cb_a)
    t.add_done_callback(cb_b)
    t.add_done_callback(cb_a)
    t.add_done_callback(cb_b)
    print(f"removed {t.remove_done_callback(cb_a)}")
    print(f"removed again {t.remove_done_callback(cb_a)}")
    await t
    await asyncio.sleep(0)
    print("done")


if __name__ == '__main__':
    asyncio.run(main())
