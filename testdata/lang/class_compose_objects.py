# Checks: objects holding lists of other objects, methods returning new objects,
# identity vs equality (is / ==) for instances without __eq__.


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def add(self, value):
        child = Node(value)
        self.children.append(child)
        return child

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def depth(self):
        if not self.children:
            return 1
        return 1 + max(c.depth() for c in self.children)

    def render(self, indent=0):
        lines = [" " * indent + str(self.value)]
        for c in self.children:
            lines.extend(c.render(indent + 2))
        return lines


def main():
    root = Node(1)
    a = root.add(2)
    b = root.add(3)
    a.add(4).add(5)
    b.add(6)
    print(root.total(), root.depth())
    print("\n".join(root.render()))
    same = root
    print(same is root, Node(1) == Node(1), root == same, a is not b)


main()
