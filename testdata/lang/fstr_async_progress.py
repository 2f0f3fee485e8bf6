# Checks: f-strings with specs used for progress lines printed by concurrent
# tasks: padded task names, percentages, and zero-padded counters.
import asyncio


async def download(name, chunks):
    for i in range(1, chunks + 1):
        await asyncio.sleep(0.01 * chunks)
        print(f"{name:<8}|{i:03d}/{chunks:03d}|{i / chunks:>7.1%}")
    return name, chunks * 512


async def main():
    results = await asyncio.gather(download("alpha", 2), download("beta", 3))
    for name, size in results:
        print(f"{name!r:>9} {size:>6,d} bytes {size / 1024:.2f} KiB")
    total = sum(size for _, size in results)
    print(f"{'total':>9} {total:>6,d} bytes")


asyncio.run(main())
