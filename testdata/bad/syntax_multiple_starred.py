# Bad input: two starred targets in one assignment.
a, *b, *c = [1, 2, 3, 4]  # ERROR "multiple starred expressions in assignment"
