# Checks: get_running_loop() returns the same loop in every task, and
# raises RuntimeError when no loop is running.
import asyncio


async def child(loops):
    loops.append(asyncio.get_running_loop())


async def main():
    loop = asyncio.get_running_loop()
    loops = []
    await asyncio.gather(child(loops), child(loops))
    print(f"same loop in children: {all(l is loop for l in loops)}")
    print(f"is running: {loop.is_running()} closed: {loop.is_closed()}")
    return loop


if __name__ == '__main__':
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print(f"before run: RuntimeError: {e}")
    used = asyncio.run(main())
    print(f"after run: running={used.is_running()} closed={used.is_closed()}")
