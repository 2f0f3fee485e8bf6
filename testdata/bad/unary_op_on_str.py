# A unary operator on a value it does not apply to.
x = ~""  # ERROR "bad operand type for unary ~: .str."
