# Checks: slicing a list into fixed-size batches processed by async workers,
# with the results re-assembled in order.
import asyncio


async def process(batch_no, batch):
    await asyncio.sleep(0.001 * (3 - batch_no % 3))
    return [v * v for v in batch]


async def main():
    data = list(range(1, 12))
    size = 4
    batches = [data[i:i + size] for i in range(0, len(data), size)]
    print(batches)
    results = await asyncio.gather(*(process(i, b) for i, b in enumerate(batches)))
    print(results)
    merged = []
    for r in results:
        merged.extend(r)
    print(merged[-3:], merged[::5])
    window = [sum(data[i:i + 3]) for i in range(len(data) - 2)]
    print(window)


asyncio.run(main())
