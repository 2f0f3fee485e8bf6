# Bad input: a list literal still open at end of file. The error is reported
# at the opening bracket, not at the end of the file.
import asyncio


async def main():
    names = ["a", "b",  # ERROR "'\[' was never closed"
        "c"
