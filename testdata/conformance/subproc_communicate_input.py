# Checks: communicate(input) feeds stdin of the child (cat) and returns what
# it wrote to stdout.
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec(
        "cat",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    out, err = await p.communicate(b"line one\nline two\n")
    print(repr(out))
    print(f"lines={out.decode().splitlines()} returncode={p.returncode}")


if __name__ == '__main__':
    asyncio.run(main())
