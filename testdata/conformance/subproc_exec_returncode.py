# Checks: create_subprocess_exec exit codes: true -> 0, false -> 1,
# sh -c 'exit 7' -> 7; returncode is None until the process is waited for.
import asyncio


async def run(*args):
    p = await asyncio.create_subprocess_exec(*args)
    before = p.returncode
    code = await p.wait()
    print(f"{args}: before={before} code={code}")


async def main():
    await run("true")
    await run("false")
    await run("/bin/sh", "-c", "exit 7")


if __name__ == '__main__':
    asyncio.run(main())
