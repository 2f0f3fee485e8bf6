# Bad input: a name that is never bound anywhere. CPython compiles this and
# raises NameError when the line runs; the translator rejects it up front with
# the message of that NameError.
print("starting")
print(undefined_value)  # ERROR "name 'undefined_value' is not defined"
