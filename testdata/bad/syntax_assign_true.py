# Bad input: assignment to the constant True.
True = 0  # ERROR "cannot assign to True"
