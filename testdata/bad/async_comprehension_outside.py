# Bad input: an async comprehension inside an ordinary function.
async def ticks():
    yield 1


def collect():
    return [t async for t in ticks()]  # ERROR "asynchronous comprehension outside of an asynchronous function"


print(collect())
