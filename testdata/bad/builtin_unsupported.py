# Bad input: built-ins of Python that pyasync2go does not translate are
# reported as unsupported, not as undefined names.
import asyncio


async def main():
    key = hash("job")  # ERROR "unsupported: the built-in 'hash'"
    print(key)


asyncio.run(main())
