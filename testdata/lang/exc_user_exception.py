# Checks: user exceptions derived from Exception with their own __init__ and
# attributes, str() of such exceptions, args, and catching by base class.


class AppError(Exception):
    pass


class HTTPError(AppError):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


class RetryError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts

    def __str__(self):
        return f"gave up after {self.attempts} attempts"


def request(code):
    if code >= 400:
        raise HTTPError(code, "Not Found" if code == 404 else "Error")
    return "ok"


def main():
    print(request(200))
    try:
        request(404)
    except HTTPError as e:
        print("caught", e.status, e.reason, "|", e, "|", e.args)
    try:
        raise RetryError(3)
    except AppError as e:
        print(type(e).__name__, e, e.attempts)
    try:
        raise AppError("plain", 2)
    except AppError as e:
        print(e, e.args, repr(e))
    print(isinstance(HTTPError(1, "x"), Exception), issubclass(RetryError, AppError))


main()
