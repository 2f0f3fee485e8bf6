# Checks: class attributes vs instance attributes: reading through instances,
# shadowing by assignment on an instance, and updating through the class.


class Config:
    retries = 3
    names = ["default"]

    def __init__(self, tag):
        self.tag = tag


def main():
    a = Config("a")
    b = Config("b")
    print(a.retries, b.retries, Config.retries)
    a.retries = 10
    print(a.retries, b.retries, Config.retries)
    Config.retries = 5
    print(a.retries, b.retries, Config.retries)
    # a mutable class attribute is shared
    a.names.append("extra")
    print(b.names, Config.names)
    print(a.tag, b.tag)


main()
