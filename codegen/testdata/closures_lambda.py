# A translation case: it must be accepted and compile.
import asyncio


def make_counter(start):
    count = start

    def incr(step=1):
        nonlocal count
        count += step
        return count

    return incr


async def main():
    c = make_counter(10)
    print(c(), c(5))
    words = ["pear", "fig", "banana"]
    print(sorted(words, key=lambda w: len(w)), max(words, key=lambda w: len(w)))
    double = lambda x: x * 2
    print(double(21))

    async def worker(n):
        await asyncio.sleep(0)
        return n + base

    base = 100
    results = await asyncio.gather(worker(1), worker(2))
    print(results)

    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)

    print(fact(10))


asyncio.run(main())
