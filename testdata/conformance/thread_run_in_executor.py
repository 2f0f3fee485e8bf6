# Checks: loop.run_in_executor(None, f, *args) runs f in the default
# executor and returns its value; the future is an asyncio Future.
import asyncio
import threading


def multiply(a, b):
    return a * b, threading.get_ident()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, multiply, 6, 7)
    print(f"is future: {isinstance(fut, asyncio.Future)}")
    value, ident = await fut
    print(value)
    print(f"same thread: {ident == threading.get_ident()}")


if __name__ == '__main__':
    asyncio.run(main())
