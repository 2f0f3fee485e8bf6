# Checks: every augmented assignment operator on ints, floats, strings and lists,
# including on attributes, subscripts and list += (in place) vs + (new list).


class Box:
    def __init__(self):
        self.n = 1


def main():
    x = 10
    x += 5
    print(x)
    x -= 3
    print(x)
    x *= 4
    print(x)
    x //= 5
    print(x)
    x %= 4
    print(x)
    x **= 10
    print(x)
    x <<= 3
    print(x)
    x >>= 2
    print(x)
    x &= 0xFF
    print(x)
    x |= 0x100
    print(x)
    x ^= 0x1FF
    print(x)
    f = 1.0
    f /= 4
    f += 0.125
    print(f)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    lst = [1]
    alias = lst
    lst += [2, 3]
    print(lst, alias, lst is alias)
    lst = lst + [4]
    print(lst, alias, lst is alias)
    counts = {"a": 0}
    counts["a"] += 2
    print(counts)
    nums = [1, 2, 3]
    nums[1] *= 10
    print(nums)
    b = Box()
    b.n += 41
    print(b.n)


main()
