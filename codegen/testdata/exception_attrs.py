# A translation case: it must be accepted and compile.
import asyncio


class RetryError(Exception):
    def __init__(self, attempts, reason):
        super().__init__(f"gave up after {attempts} attempts: {reason}")
        self.attempts = attempts
        self.reason = reason


class Plain(Exception):
    pass


async def flaky(n):
    await asyncio.sleep(0)
    if n > 2:
        raise RetryError(n, "timeout")
    raise Plain("plain", n)


async def main():
    for n in [1, 3]:
        try:
            await flaky(n)
        except RetryError as e:
            print("retry:", e, e.attempts, e.reason, repr(e))
        except Plain as e:
            print("plain:", e, repr(e))
    await flaky(5)


asyncio.run(main())
