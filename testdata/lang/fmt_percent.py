# Checks: printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %%, widths,
# precision, flags, tuples vs single values, and dict-based %(name)s.


def main():
    print("%s is %d years" % ("Ann", 42))
    print("%r %s" % ("q", "q"))
    print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
    print("%.2f|%8.3f|%-8.1f|%e|%.3E" % (3.14159, 2.5, -1.25, 12345.678, 0.000123))
    print("%g|%g|%g|%g" % (0.0001, 0.00001, 123456, 1234567))
    print("%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8))
    print("%c%c" % (72, "i"), "100%%" % ())
    print("%s" % [1, 2], "%s" % (1,), "%s|%s" % (None, True))
    print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
    print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
    print("%d" % 3.99, "%s" % 3.0, "%.0f" % 2.5, "%.0f" % 3.5)
    try:
        print("%d %d" % (1,))
    except TypeError as e:
        print("TypeError:", e)


main()
