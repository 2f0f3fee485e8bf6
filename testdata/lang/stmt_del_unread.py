# del of names nothing reads afterwards, at module level and in functions,
# next to a del whose name is read again (NameError).
import asyncio

counter = 0
del counter
scratch = [1, 2]
del scratch


async def work():
    temp = "unused"
    del temp
    value = 5
    print("value", value)
    del value
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__, e)


asyncio.run(work())
