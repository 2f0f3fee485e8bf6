# Bad input: continue outside any loop.
def f(x):
    if x:
        continue  # ERROR "'continue' not properly in loop"
    return x
