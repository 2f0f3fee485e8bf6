# Checks: proc.stdout.read() reads everything until EOF, even when the child
# writes in several pieces with pauses.
import asyncio


async def main():
    p = await asyncio.create_subprocess_shell(
        "echo part1; sleep 0.05; echo part2; sleep 0.05; echo part3",
        stdout=asyncio.subprocess.PIPE,
    )
    data = await p.stdout.read()
    print(repr(data))
    await p.wait()
    print(f"returncode={p.returncode}")


if __name__ == '__main__':
    asyncio.run(main())
