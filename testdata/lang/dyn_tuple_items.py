# Tuples whose items mix types across a list: (int, str) and (float, str)
# displays in one list, unpacked, printed and compared.
import asyncio


async def main():
    pairs = [(1, "one"), (2.5, "two and a half"), (True, "yes")]
    for num, name in pairs:
        print(name, num, type(num).__name__)
    print(pairs)
    print(pairs[1][0] + 1, pairs[2][1])
    pairs.append((7, "seven"))
    print(len(pairs), pairs[-1])


asyncio.run(main())
