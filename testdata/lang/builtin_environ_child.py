# Checks: a variable set in os.environ reaches a subprocess started later; os.getenv
# of a set and an unset variable.
import asyncio
import os


async def main():
    os.environ["P2G_X"] = "hello"
    p = await asyncio.create_subprocess_shell("echo $P2G_X", stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    print(out)
    print(os.getenv("P2G_X"), os.getenv("P2G_NOPE"), os.environ.get("P2G_X"))


asyncio.run(main())
