1 + 2
x = 5
x * 2
print("x is", x)
async def double(n):
    await asyncio.sleep(0.01)
    return n * 2

await double(21)
r = await asyncio.gather(double(1), double(2), double(3))
r
results = []
results.append(await double(5))
results.append(7)
results
for i in range(3):
    i * i

"a string"
None
def greet(name):
    return f"hello {name}"

greet("repl")
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += 1
        return self.count

c = Counter()
c.bump()
c.bump()
c.count
