# Checks: AttributeError messages for missing attributes and methods on user
# objects and on built-in values, caught by except inside a
# coroutine; the program goes on afterwards.
import asyncio


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


async def main():
    p = Point(1, 2)
    try:
        print(p.z)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        p.move(1)
    except AttributeError as e:
        print("AttributeError:", e)
    await asyncio.sleep(0)
    try:
        [1, 2].push(3)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        {"a": 1}.a
    except AttributeError as e:
        print("AttributeError:", e)
    print(p.x + p.y)


asyncio.run(main())
