# Checks: nested dicts as a registry updated by concurrent tasks; dict of lists
# of results; printing nested structures with CPython's repr.
import asyncio


async def probe(region, host, registry):
    await asyncio.sleep(0)
    status = "up" if len(host) % 2 == 0 else "down"
    registry.setdefault(region, {})[host] = status
    return status


async def main():
    registry = {}
    hosts = {"eu": ["ab", "cde"], "us": ["fghi", "jk", "l"]}
    coros = []
    for region, names in hosts.items():
        for h in names:
            coros.append(probe(region, h, registry))
    statuses = await asyncio.gather(*coros)
    print(statuses)
    print(registry)
    summary = {region: sorted(s for s in hs.values()) for region, hs in registry.items()}
    print(summary)
    print(registry["us"]["jk"], "eu" in registry, len(registry["us"]))
    by_status = {}
    for region, hs in registry.items():
        for h, s in hs.items():
            by_status.setdefault(s, []).append(f"{region}/{h}")
    print(by_status)


asyncio.run(main())
