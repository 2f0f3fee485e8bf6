# Checks: create_subprocess_shell runs a command through /bin/sh; wait()
# returns the exit status; output not piped goes straight to stdout.
import asyncio


async def main():
    p = await asyncio.create_subprocess_shell("echo hello from sh")
    code = await p.wait()
    print(f"wait returned {code}, returncode {p.returncode}")


if __name__ == '__main__':
    asyncio.run(main())
