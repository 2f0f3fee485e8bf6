# Checks: f-string format specs for fill and alignment (<, >, ^, =) on strings and
# numbers, widths smaller than the value, and dynamic widths.


def main():
    for s in ["a", "abc", "abcdefgh"]:
        print(f"[{s:<6}] [{s:>6}] [{s:^6}] [{s:.<6}] [{s:*>6}] [{s:-^7}]")
    n = -42
    print(f"[{n:8}] [{n:<8}] [{n:^8}] [{n:=8}] [{n:0=8}] [{n:08}] [{n:#>8}]")
    w = 10
    p = 3
    print(f"[{3.14159:{w}.{p}f}] [{'x':{'^'}{w}}]")
    print(f"[{'':>3}] [{True:>6}] [{None!s:>6}] [{[1]!s:>6}]")
    print(f"[{12:x<5}] [{1.5:_^9}]")


main()
