# Bad input: a third-party module outside the supported set.
import numpy as np  # ERROR "unsupported module 'numpy'"

print(np.zeros(3))
