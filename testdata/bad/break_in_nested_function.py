# Bad input: break inside a function defined in a loop body; the loop does
# not extend into the function.
for i in range(3):
    def stop():
        break  # ERROR "'break' outside loop"
    stop()
