# Bad input: two dict entries without a comma between them.
ages = {"ann": 31 "bob": 25}  # ERROR "invalid syntax. Perhaps you forgot a comma\?"
print(ages)
