# Checks: timeout(None) never expires until rescheduled; reschedule() moves
# the deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print(f"when={cm.when()}")
            await asyncio.sleep(0.01)
            print("still running without deadline")
            cm.reschedule(loop.time() + 0.02)
            print(f"has deadline: {cm.when() is not None}")
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")


if __name__ == '__main__':
    asyncio.run(main())
