# hello.py: two tasks sleep concurrently; gather returns their results in order.
import asyncio


async def greet(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"hello from {name}")
    return name.upper()


async def main():
    results = await asyncio.gather(greet("alice", 0.2), greet("bob", 0.1))
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
