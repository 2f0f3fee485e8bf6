# Checks: string processing inside coroutines: splitting lines, counting words,
# building a report with join, and awaiting between steps.
import asyncio

TEXT = """the quick brown fox
jumps over the lazy dog
the end"""


async def count_words(line):
    await asyncio.sleep(0)
    counts = {}
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


async def main():
    lines = TEXT.splitlines()
    print(len(lines), [ln.upper()[:5] for ln in lines])
    per_line = await asyncio.gather(*(count_words(ln) for ln in lines))
    total = {}
    for counts in per_line:
        for w, n in counts.items():
            total[w] = total.get(w, 0) + n
    report = "; ".join(f"{w}={n}" for w, n in total.items() if n > 1)
    print(report)
    longest = max(total, key=len)
    print(longest, len(longest))
    print(TEXT.replace("\n", " / "))


asyncio.run(main())
