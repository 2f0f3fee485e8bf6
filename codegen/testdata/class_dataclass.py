# A translation case: it must be accepted and compile.
import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    weight: int = 1


class Worker:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []

    async def run(self, job):
        await asyncio.sleep(self.delay)
        self.done.append(job.name)
        return job.weight * 2

    @property
    def count(self):
        return len(self.done)

    def __str__(self):
        return f"Worker({self.name}, {self.count})"


async def main():
    w = Worker("w1", 0.01)
    jobs = [Job("a"), Job("b", 3)]
    print(jobs[0], jobs[1])
    total = 0
    for j in jobs:
        total += await w.run(j)
    t = asyncio.create_task(w.run(Job("c", 5)))
    total += await t
    print(total, w, w.done)


asyncio.run(main())
