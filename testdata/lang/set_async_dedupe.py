# Checks: a set shared by tasks to deduplicate work, with results reported in a
# deterministic order (sorted) and counts.
import asyncio


async def crawl(url, seen, fetched):
    if url in seen:
        return 0
    seen.add(url)
    await asyncio.sleep(0)
    fetched.append(url)
    return 1


async def main():
    seen = set()
    fetched = []
    urls = ["/a", "/b", "/a", "/c", "/b", "/a"]
    counts = await asyncio.gather(*(crawl(u, seen, fetched) for u in urls))
    print(counts, sum(counts))
    print(fetched, sorted(seen), len(seen))
    ids = {n % 7 for n in range(50)}
    print(ids, sorted(ids, reverse=True))


asyncio.run(main())
