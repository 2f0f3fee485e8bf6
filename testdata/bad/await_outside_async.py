# Bad input: await inside an ordinary (not async) function.
import asyncio


def main():
    await asyncio.sleep(1)  # ERROR "'await' outside async function"


main()
