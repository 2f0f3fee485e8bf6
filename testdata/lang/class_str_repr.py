# Checks: __str__ and __repr__: print uses __str__, containers use __repr__ of their
# elements, f-strings with !r and !s, and __repr__ alone serving for str().


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Tag {self.name!r}>"


def main():
    m = Money(1234)
    print(m)
    print(str(m), repr(m))
    print([m, Money(5)])
    print(f"{m} {m!r} {m!s}")
    t = Tag("x")
    print(t, str(t), [t])
    print({"k": t})
    print((m,))
    print("%s and %r" % (m, m))
    print("{} {!r}".format(m, m))


main()
