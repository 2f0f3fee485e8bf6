# Bad input: '=' used where a comparison was meant.
x = 3
if x = 3:  # ERROR "invalid syntax. Maybe you meant '==' or ':=' instead of '='\?"
    print("three")
