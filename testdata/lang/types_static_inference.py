# Checks: a program whose every variable, parameter and return has one static type
# (ints, floats, strings, lists of ints, dicts of str to int, a class): parameter
# types come from call sites, returns from return statements.
import asyncio


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self.balance


def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


async def settle(acct, amounts):
    for a in amounts:
        acct.deposit(a)
        await asyncio.sleep(0)
    return acct.balance


async def main():
    acct = Account("ann", 10)
    final = await settle(acct, [5, 20, 7])
    print(acct.owner, final, acct.history)
    print(average(acct.history), average([1, 2]))
    print(tally(["x", "y", "x"]))
    ratio = final / 4
    label = f"{acct.owner}:{ratio:.2f}"
    print(label)


asyncio.run(main())
