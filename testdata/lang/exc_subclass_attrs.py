# Checks: exception classes deriving from one with __init__ share its
# attributes, __str__ without __init__, attributes only a derived class
# has (AttributeError for the others), args indexing, and a traceback
# printing a class's __str__.


class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail


class RetryError(AppError):
    pass


class FatalError(RetryError):
    """Not worth retrying."""


class Labelled(Exception):
    def __str__(self):
        return "labelled: " + str(len(self.args)) + " args"


class Base(Exception):
    pass


class WithHint(Base):
    def __init__(self, hint):
        super().__init__("hinted", hint)
        self.hint = hint

    def __str__(self):
        return f"hint={self.hint}"


def fail(i):
    if i == 0:
        raise RetryError(i, detail="again")
    if i == 1:
        raise FatalError(i)
    if i == 2:
        raise AppError(i)
    if i == 3:
        raise WithHint("look up")
    raise Base("plain")


def main():
    for i in range(5):
        try:
            fail(i)
        except RetryError as e:
            print(type(e).__name__, e.code, e.detail, e, repr(e), e.args[0] + 1)
            print(isinstance(e, AppError), isinstance(e, FatalError))
        except AppError as e:
            print("app", e.code, e.args[-1], e)
        except Base as e:
            try:
                print(e.hint)
            except AttributeError as a:
                print("AttributeError:", a)
            print(e, repr(e), e.args)
    try:
        raise Labelled(1, 2)
    except Labelled as e:
        print(e, repr(e), f"{e}")
    try:
        AppError(7).args[3]
    except IndexError as e:
        print(e)
    raise WithHint("fatal")


main()
