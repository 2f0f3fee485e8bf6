# Checks: truthiness of every value kind in if/while/not/bool(): zero numbers,
# empty containers and strings, None, user objects (always true), and
# "x or default" idioms with typed values.
import asyncio


class Thing:
    pass


async def main():
    print(bool(0), bool(0.0), bool(-0.0), bool(1), bool(-1), bool(0.1))
    print(bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(()), bool(set()), bool(range(0)))
    print(bool(None), bool(Thing()), bool(b""), bool(b"\x00"))
    items = [3, 0, 5]
    while items:
        v = items.pop()
        if v:
            print("truthy", v)
        else:
            print("falsy", v)
        await asyncio.sleep(0)
    name = ""
    label = name or "anonymous"
    count = 0
    shown = count or 10
    print(label, shown, not name, not label)


asyncio.run(main())
