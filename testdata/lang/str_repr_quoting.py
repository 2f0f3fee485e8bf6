# Checks: repr() of strings picks quotes like CPython (single unless the text has a
# single quote and no double quote), escapes control characters, backslashes and
# non-printable code points, and keeps printable non-ASCII text.


def main():
    samples = [
        "plain",
        "it's",
        'say "hi"',
        "both ' and \"",
        "tab\there",
        "new\nline",
        "cr\r",
        "back\\slash",
        "nul\x00byte",
        "bell\x07",
        "del\x7f",
        "caf\u00e9",
        "\u65e5\u672c",
        "zero\u200bwidth",
        "emoji \U0001F600",
        "",
        "\x1b[0m",
        "nbsp\xa0",
    ]
    for s in samples:
        print(repr(s))
    print(samples[:4])
    print({"key's": "v\"al"})
    print(str("it's"), len("caf\u00e9"), len("\U0001F600"))


main()
