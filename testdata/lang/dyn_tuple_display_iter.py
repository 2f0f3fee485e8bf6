# Checks: a for loop over a tuple display whose items have different types:
# scalars of mixed types come out as they are (int stays int, float stays
# float), pairs with a mixed second item unpack, None among them, and a
# nested display; an accumulator over ints, a float and a bool.
for k, v in (("a", 1), ("b", 2.5), ("c", None)):
    print(k, v, type(v).__name__)
for x in (1, "two", 3.0, [4], (5, 6)):
    print(repr(x), type(x).__name__)
total = 0
for n in (1, 2.5, True):
    total += n
print(total)
