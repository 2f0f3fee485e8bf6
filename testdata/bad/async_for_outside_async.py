# Bad input: async for inside an ordinary function.
async def ticks():
    yield 1


def consume():
    async for t in ticks():  # ERROR "'async for' outside async function"
        print(t)


consume()
