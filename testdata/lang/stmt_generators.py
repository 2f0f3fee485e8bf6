# Checks: generator functions: yield in loops, bare return, try/finally
# around a yield with an early break, an exception raised inside a
# generator, a generator held in a variable and resumed after a break,
# generators of generators, and async generators interleaving with a task.
import asyncio


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def first_words(words, limit):
    for w in words:
        if len(w) > limit:
            return
        yield w.upper()


def guarded(n):
    print("guarded start")
    try:
        for i in range(n):
            yield i
    finally:
        print("guarded cleanup")


def checked(values):
    for v in values:
        if v < 0:
            raise ValueError(f"negative: {v}")
        yield v * 2


def squares_of(gen_n):
    for x in countdown(gen_n):
        yield x, x * x


async def producer(name, n):
    for i in range(n):
        print(f"{name} makes {i}")
        await asyncio.sleep(0)
        yield f"{name}-{i}"


async def failing():
    yield 1
    await asyncio.sleep(0)
    raise RuntimeError("producer broke")


async def watcher():
    for i in range(3):
        print("watcher", i)
        await asyncio.sleep(0)


def sync_part():
    print(list(countdown(4)))
    for w in first_words(["ab", "cd", "long one", "ef"], 3):
        print("word", w)
    for i in guarded(5):
        if i == 2:
            print("breaking")
            break
        print("got", i)
    print("after break")
    total = 0
    for i in guarded(2):
        total += i
    print("total", total)
    try:
        for v in checked([1, 2, -3, 4]):
            print("checked", v)
    except ValueError as e:
        print("caught", e)
    g = countdown(5)
    for x in g:
        if x == 3:
            break
    print("rest", list(g), list(g))
    print([f"{x}:{sq}" for x, sq in squares_of(3)])
    evens = (n for n in range(10) if n % 2 == 0)
    for n in evens:
        if n > 4:
            break
    print("evens left", list(evens))


async def main():
    sync_part()
    w = asyncio.create_task(watcher())
    async for item in producer("p", 3):
        print("consumed", item)
    items = [x async for x in producer("q", 2)]
    print(items)
    try:
        async for v in failing():
            print("failing gave", v)
    except RuntimeError as e:
        print("caught", e)
    await w


asyncio.run(main())
