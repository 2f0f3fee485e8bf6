# Bad input: three undefined names on three lines; all three are reported in
# one run (the translator reports up to 10 errors).
def report(items):
    print(itmes)  # ERROR "name 'itmes' is not defined"
    print(len(items), cout)  # ERROR "name 'cout' is not defined"
    return summary  # ERROR "name 'summary' is not defined"


report([1])
