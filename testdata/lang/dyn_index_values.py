# Checks: a list, str and tuple indexed with values whose type is known only
# at run time: ints (negative too) and bools index, a float, str or None
# raises TypeError with CPython's message for each container, an int too
# big for an index raises IndexError, and an index out of range IndexError.
xs = [10, 20, 30]
s = "héllo"
t = tuple(xs)
vals = [1, "a", True, 2.5, None, -1, 10**30, 7]
getters = [("list", lambda v: xs[v]), ("str", lambda v: s[v]), ("tuple", lambda v: t[v])]
for v in vals:
    for name, get in getters:
        try:
            print(name, repr(v), get(v))
        except (TypeError, IndexError) as e:
            print(name, repr(v), type(e).__name__, e)
