# Checks: bare raise re-raising the current exception, raise X from Y setting
# __cause__, implicit __context__, and raise from None.


class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ConfigError("missing " + k) from None


def log_and_reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise


def implicit():
    try:
        [].pop()
    except IndexError:
        raise RuntimeError("during handling")


def main():
    try:
        parse("x1")
    except ConfigError as e:
        print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    try:
        lookup({}, "port")
    except ConfigError as e:
        print(e, e.__cause__, e.__suppress_context__)
    try:
        log_and_reraise()
    except ZeroDivisionError as e:
        print("outer got", e)
    try:
        implicit()
    except RuntimeError as e:
        print(e, "| context:", repr(e.__context__), e.__cause__)


main()
