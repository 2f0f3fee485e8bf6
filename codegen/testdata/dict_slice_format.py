# A translation case: it must be accepted and compile.
import asyncio

async def count_words(text):
    await asyncio.sleep(0)
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts

async def main():
    c = await count_words("a b a c b a")
    for k, v in c.items():
        print(k, v)
    print(c, len(c), "a" in c, c["a"])
    sq = {i: i * i for i in range(4)}
    print(sq)
    pairs = [(1, "x"), (2, "y")]
    for n, s in pairs:
        print(n, s)
    try:
        print(c["zz"])
    except KeyError as e:
        print("missing", repr(e))
    names = ["b", "a"]
    print(sorted(names), names[::-1], names[1:], "abc"[1:])
    print("%s=%d" % ("x", 3), "{} {}".format(1, "y"))

asyncio.run(main())
