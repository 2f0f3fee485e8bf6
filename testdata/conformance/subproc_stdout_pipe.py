# Checks: stdout=PIPE with communicate() returns the output as bytes, and
# stderr is None when not piped.
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec(
        "echo", "one", "two", stdout=asyncio.subprocess.PIPE
    )
    out, err = await p.communicate()
    print(repr(out))
    print(repr(err))
    print(out.decode().strip())
    print(f"returncode={p.returncode}")


if __name__ == '__main__':
    asyncio.run(main())
