# Bad input: return with a value inside an async generator.
async def numbers():
    yield 1
    return 2  # ERROR "'return' with value in async generator"
