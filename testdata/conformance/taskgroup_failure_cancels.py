# Checks: the first failing task cancels its siblings; they run their
# cleanup; the group raises an ExceptionGroup holding only the failure.
# Siblings are cancelled in set-iteration order, so names are sorted.
import asyncio

cancelled = []


async def sibling(name):
    try:
        await asyncio.sleep(1)
        print(f"{name} finished (must not print)")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def failer():
    await asyncio.sleep(0.01)
    print("failer raising")
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(sibling("a"))
            tg.create_task(failer())
            b = tg.create_task(sibling("b"))
    except ExceptionGroup as eg:
        print(f"caught: {eg!r}")
    print(f"cleanup ran in: {sorted(cancelled)}")
    print(f"a cancelled={a.cancelled()} b cancelled={b.cancelled()}")


if __name__ == '__main__':
    asyncio.run(main())
