# Bad input: nonlocal at module level for a name assigned earlier. CPython's
# symbol table checks the earlier assignment first, so its message differs
# from nonlocal_module_level.py.
count = 0
nonlocal count  # ERROR "name 'count' is assigned to before nonlocal declaration"
