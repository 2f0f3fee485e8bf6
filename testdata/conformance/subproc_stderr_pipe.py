# Checks: stdout and stderr pipes are kept apart, and a non-zero exit code is
# reported.
import asyncio


async def main():
    p = await asyncio.create_subprocess_shell(
        "echo to-out; echo to-err 1>&2; exit 3",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await p.communicate()
    print(f"stdout={out!r}")
    print(f"stderr={err!r}")
    print(f"returncode={p.returncode}")


if __name__ == '__main__':
    asyncio.run(main())
