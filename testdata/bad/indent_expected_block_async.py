# Bad input: an async function whose body is missing before the next statement.
import asyncio


async def main():
asyncio.run(main())  # ERROR "expected an indented block after function definition on line 5"
