# Checks: writing to proc.stdin, draining, closing, then reading the child's
# stdout until EOF.
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec(
        "cat",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    for word in ["red", "green", "blue"]:
        p.stdin.write(f"{word}\n".encode())
    await p.stdin.drain()
    p.stdin.close()
    data = await p.stdout.read()
    print(data.decode().split())
    print(f"returncode={await p.wait()}")


if __name__ == '__main__':
    asyncio.run(main())
