# Checks: a subprocess has a positive pid; processes that finish at different
# times are observed in finishing order by as_completed.
import asyncio


async def run(name, delay):
    p = await asyncio.create_subprocess_shell(f"sleep {delay}")
    positive = p.pid > 0
    await p.wait()
    return f"{name} pid>0={positive} code={p.returncode}"


async def main():
    jobs = [run("slow", 0.35), run("fast", 0.02), run("middle", 0.17)]
    for fut in asyncio.as_completed(jobs):
        print(await fut)


if __name__ == '__main__':
    asyncio.run(main())
