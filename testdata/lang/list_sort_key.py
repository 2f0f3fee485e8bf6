# Checks: sort and sorted with key= and reverse=, stability of sorting (equal keys
# keep their order, also with reverse=True), sorting tuples and strings.


def main():
    people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
    print(sorted(people, key=lambda p: p[1]))
    print(sorted(people, key=lambda p: p[1], reverse=True))
    print(sorted(people))
    by_name_len = sorted(people, key=lambda p: len(p[0]))
    print(by_name_len)
    words = ["banana", "Cherry", "apple", "Date"]
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
    nums = [5, -3, 2, -8, 0]
    nums.sort(key=abs)
    print(nums)
    nums.sort(reverse=True)
    print(nums)
    print(sorted([3.5, 1.0, 2.25, -1.0]), sorted("hello"), sorted([[2, 1], [1, 5], [1, 2]]))


main()
