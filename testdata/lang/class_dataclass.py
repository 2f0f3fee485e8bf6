# Checks: dataclasses.dataclass: generated __init__, __repr__ and __eq__, defaults,
# field(default_factory=list), nested dataclasses in repr, and methods.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = ""

    def add(self, item):
        self.items.append(item)


def main():
    a = Item("pen", 1.5)
    b = Item("book", 12.25, 2)
    print(a)
    print(b, b.total())
    print(a == Item("pen", 1.5), a == b)
    o = Order(7)
    o.add(a)
    o.add(b)
    print(o)
    print(len(o.items), Order(8).items)
    o2 = Order(9, note="rush")
    print(repr(o2))
    b.qty = 3
    print(b.total(), b)


main()
