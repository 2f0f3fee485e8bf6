# Checks: aligned table output built with format specs from results gathered by
# async tasks (a typical report at the end of an asyncio script).
import asyncio


async def check(host, latency_ms, ok):
    await asyncio.sleep(latency_ms / 100000)
    return host, latency_ms, ok


async def main():
    results = await asyncio.gather(
        check("alpha.example", 12.5, True),
        check("b.example", 250.0, False),
        check("gamma-long-name.example", 3.25, True),
    )
    print("{:<24} {:>10} {:^6}".format("host", "latency", "ok"))
    print("-" * 42)
    for host, ms, ok in results:
        print("{:<24} {:>8.2f}ms {:^6}".format(host, ms, "yes" if ok else "NO"))
    up = sum(1 for _, _, ok in results if ok)
    print("%d/%d up (%.1f%%)" % (up, len(results), 100 * up / len(results)))


asyncio.run(main())
