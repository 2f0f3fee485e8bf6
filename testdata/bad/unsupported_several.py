# Bad input: several unsupported constructs in one file; each gets its own
# diagnostic in a single run.
import asyncio
import numpy  # ERROR "unsupported module 'numpy'"


class Model(metaclass=type):  # ERROR "unsupported: metaclass"
    pass


async def main():
    exec("print(1)")  # ERROR "unsupported: exec\(\)"
    await asyncio.sleep(0)


asyncio.run(main())
