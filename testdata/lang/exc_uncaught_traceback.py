# Checks: an uncaught exception inside nested function calls prints a traceback to
# stderr (one frame per function) after earlier stdout output, and exits with 1.


def parse_port(text):
    return int(text)


def load(settings):
    return parse_port(settings["port"])


def main():
    print("loading")
    print(load({"port": "8080"}))
    print(load({"port": "http"}))
    print("never printed")


main()
