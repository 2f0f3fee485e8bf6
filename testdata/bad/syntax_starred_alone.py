# Bad input: a starred assignment target that is not inside a list or tuple.
*rest = [1, 2, 3]  # ERROR "starred assignment target must be in a list or tuple"
