# Checks: bools compare with ints and floats as the ints they are.
x = True
y = False
print(True != 0, x == 1, 1 == True, True == 1.0, y < 1, 0.5 < x, y == 0.0)
