# A class attribute naming the class itself: the name is bound only after
# the class body has run (NameError in CPython).
class A:
    A0 = A  # ERROR "name .A. is not defined"
