# Bad input: nonlocal at module level.
nonlocal count  # ERROR "nonlocal declaration not allowed at module level"
count = 0
print(count)
