# Bad input: augmented assignment to a tuple.
a = 1
b = 2
a, b += 1  # ERROR "'tuple' is an illegal expression for augmented assignment"
