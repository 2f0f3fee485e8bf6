# Bad input: assignment to a literal.
x = 5
1 = x  # ERROR "cannot assign to literal here. Maybe you meant '==' instead of '='\?"
