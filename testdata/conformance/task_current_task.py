# Checks: current_task() returns the running task in main and in children,
# and the task objects match what create_task returned.
import asyncio


async def child(holder):
    me = asyncio.current_task()
    holder.append(me)
    print(f"child sees {me.get_name()}")


async def main():
    main_task = asyncio.current_task()
    print(f"main sees {main_task.get_name()}")
    holder = []
    t = asyncio.create_task(child(holder), name="kid")
    await t
    print(f"same object: {holder[0] is t}")
    print(f"main unchanged: {asyncio.current_task() is main_task}")
    print(repr(main_task))


if __name__ == '__main__':
    asyncio.run(main())
