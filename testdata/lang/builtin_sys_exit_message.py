# Checks: sys.exit with a string prints the string to stderr and exits with 1;
# output printed earlier still appears on stdout.
import sys


def main():
    print("checking config")
    sys.exit("fatal: config missing")


main()
