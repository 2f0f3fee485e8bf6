# Bad input: 'yield from' inside an async function.
async def relay(source):
    yield from source  # ERROR "'yield from' inside async function"
