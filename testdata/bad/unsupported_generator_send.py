# Bad input: sending values into a generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulator()
acc.send(None)  # ERROR "unsupported: .*send"
print(acc.send(5))  # ERROR "unsupported: .*send"
