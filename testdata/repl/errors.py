1 / 0
x = [1, 2, 3]
x[10]
async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

await fail(1)
try:
    await fail(2)
except ValueError as e:
    print("caught", e)

x
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def check(n):
    if n > 2:
        raise AppError(n)
    return n

check(1)
check(5)
try:
    check(7)
except AppError as e:
    e.code

print("still here")
