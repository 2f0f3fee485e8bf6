# Checks: several subprocesses run in parallel: three `sleep 0.3` finish in
# well under 0.9 s, and each one's output is collected.
import asyncio
import time


async def run(i):
    p = await asyncio.create_subprocess_shell(
        f"sleep 0.3; echo job{i}",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await p.communicate()
    return out.decode().strip()


async def main():
    start = time.monotonic()
    results = await asyncio.gather(run(1), run(2), run(3))
    elapsed = time.monotonic() - start
    print(results)
    print(f"elapsed < 0.8: {elapsed < 0.8}")


if __name__ == '__main__':
    asyncio.run(main())
