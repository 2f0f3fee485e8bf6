# Checks: sys.argv holds the script path (argv[0], here printed by base name) and no
# further arguments when the program is run without any.
import sys


def main():
    print(type(sys.argv).__name__, len(sys.argv))
    print(sys.argv[0].replace("\\", "/").split("/")[-1])
    print(sys.argv[1:])
    args = sys.argv[1:]
    name = args[0] if args else "world"
    print(f"hello, {name}")


main()
