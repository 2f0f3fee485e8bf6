# Checks: list slicing with positive/negative indices, steps, negative steps,
# out-of-range bounds, copies, and slice assignment/deletion.


def main():
    a = list(range(10))
    print(a[2:5], a[:3], a[7:], a[:])
    print(a[-3:], a[:-7], a[-5:-2])
    print(a[::2], a[1::3], a[::-1], a[::-3])
    print(a[8:2:-2], a[2:8:-1], a[-1:-4:-1])
    print(a[5:100], a[100:], a[-100:2])
    print(a[-1], a[-10])
    b = a[:]
    b[0] = 99
    print(a[0], b[0])
    c = [0, 1, 2, 3, 4]
    c[1:3] = [10, 20, 30]
    print(c)
    c[::2] = [7, 8, 9]
    print(c)
    c[:0] = [-1]
    print(c)
    del c[::3]
    print(c)
    try:
        c[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)


main()
