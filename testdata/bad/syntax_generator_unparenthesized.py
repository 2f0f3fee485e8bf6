# Bad input: a generator expression that is not the sole argument must be
# parenthesized.
nums = [1, 2, 3]
print(sum(n for n in nums), max(n for n in nums, 0))  # ERROR "Generator expression must be parenthesized"
