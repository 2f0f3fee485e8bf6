# Checks: terminate() sends SIGTERM; returncode is -15.
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec("sleep", "10")
    await asyncio.sleep(0.05)
    p.terminate()
    code = await p.wait()
    print(f"after terminate: {code} returncode={p.returncode}")


if __name__ == '__main__':
    asyncio.run(main())
