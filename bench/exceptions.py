import asyncio


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class RetryError(AppError):
    pass


async def fail(i):
    if i % 2 == 0:
        await asyncio.sleep(0)
    if i % 3 == 0:
        raise RetryError(i)
    if i % 3 == 1:
        raise AppError(i)
    raise ValueError(i)


async def middle(i):
    try:
        await fail(i)
    except RetryError as e:
        return e.code * 2
    finally:
        i += 1
    return 0


async def outer(i):
    try:
        return await middle(i)
    except AppError as e:
        try:
            raise KeyError(e.code) from e
        except KeyError as k:
            return k.args[0] + 1
    except ValueError as e:
        return -e.args[0]


async def main():
    total = 0
    for i in range(100000):
        total += await outer(i)
    tasks = [asyncio.create_task(fail(i)) for i in range(20000)]
    for t in tasks:
        try:
            await t
        except AppError as e:
            total += e.code % 7
        except ValueError:
            total += 1
    print(total)


if __name__ == '__main__':
    asyncio.run(main())
