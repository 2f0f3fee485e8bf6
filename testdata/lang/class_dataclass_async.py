# Checks: a dataclass used as a job record by async workers, an order=True dataclass
# sorted by fields, and frozen=True rejecting assignment.
import asyncio
import dataclasses


@dataclasses.dataclass(order=True)
class Job:
    priority: int
    name: str


@dataclasses.dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


async def handle(job, results):
    await asyncio.sleep(0.01 * job.priority)
    results.append(job.name)


async def main():
    jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(1, "0")]
    print(sorted(jobs))
    print(min(jobs), max(jobs))
    print(Job(1, "a") < Job(1, "b"), Job(2, "a") > Job(1, "z"))
    results = []
    await asyncio.gather(*(handle(j, results) for j in jobs))
    print(results)
    cfg = Config("localhost")
    print(cfg)
    try:
        cfg.port = 1
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e)
    print(cfg == Config("localhost", 8080))


asyncio.run(main())
