def helper(x):
    return x + 1

async def main(n):
    await asyncio.sleep(0)
    return helper(n)

await main(1)
def helper(x):
    return x * 100

await main(2)
x = 1
x + 1
x = "now text"
x.upper()
def show(v):
    return f"<{v}>"

show(1)
show("a")
show([1, 2])
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
p.norm1()
p.x = 10
p.norm1()
points = [Point(1, 1), Point(2, 2)]
sum(q.norm1() for q in points)
points.append(p)
len(points)
