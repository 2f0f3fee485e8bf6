# Checks: proc.stdout.readline() reads one line at a time including the
# newline, and returns b'' at end of output.
import asyncio


async def main():
    p = await asyncio.create_subprocess_shell(
        "echo alpha; echo beta; echo gamma",
        stdout=asyncio.subprocess.PIPE,
    )
    while True:
        line = await p.stdout.readline()
        if not line:
            break
        print(repr(line))
    print(repr(await p.stdout.readline()))
    print(f"returncode={await p.wait()}")


if __name__ == '__main__':
    asyncio.run(main())
