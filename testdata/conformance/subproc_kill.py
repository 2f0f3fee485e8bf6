# Checks: kill() ends a running child; returncode is -9 (SIGKILL).
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec("sleep", "10")
    await asyncio.sleep(0.05)
    print(f"running: returncode={p.returncode}")
    p.kill()
    code = await p.wait()
    print(f"after kill: {code}")


if __name__ == '__main__':
    asyncio.run(main())
