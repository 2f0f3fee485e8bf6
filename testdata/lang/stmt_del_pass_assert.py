# Checks: del on list items, slices, dict keys and names; pass in empty bodies;
# assert passing silently and failing with a message caught as AssertionError.


class Empty:
    pass


def nothing():
    pass


def main():
    nums = [0, 1, 2, 3, 4, 5, 6]
    del nums[0]
    print(nums)
    del nums[-1]
    print(nums)
    del nums[1:3]
    print(nums)
    del nums[::2]
    print(nums)
    d = {"a": 1, "b": 2, "c": 3}
    del d["b"]
    print(d)
    try:
        del d["zz"]
    except KeyError as e:
        print("KeyError", e)
    tmp = 42
    del tmp
    try:
        print(tmp)
    except NameError as e:
        print(type(e).__name__ + ":", e)
    print(nothing(), type(Empty()).__name__)
    for _ in range(2):
        pass
    assert len(nums) == 1
    try:
        assert nums == [], f"expected empty, got {nums}"
    except AssertionError as e:
        print("AssertionError:", e)


main()
