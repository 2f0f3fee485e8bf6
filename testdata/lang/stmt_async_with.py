# Checks: async with on a class with __aenter__/__aexit__ that await inside, on
# asyncio.Lock, and exception propagation through __aexit__.
import asyncio


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else "-")
        return False

    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"


async def locked_worker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")


async def main():
    async with Session("db") as s:
        print(await s.query("select"))
    try:
        async with Session("broken"):
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("caught", e)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(locked_worker(lock, "a", log), locked_worker(lock, "b", log))
    print(log)


asyncio.run(main())
