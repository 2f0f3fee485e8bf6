# Checks: module-level code reading a name before any assignment to it raises
# NameError "name 'x' is not defined" (after a loop that did not run, after a
# conditional assignment, in an augmented assignment, earlier in a loop),
# caught like any exception; the last one is uncaught (traceback, exit 1).
import sys

for i in range(0):
    last = i
try:
    print(last)
except NameError as e:
    print("NameError:", e)
if len(sys.argv) > 5:
    flag = 10
try:
    flag += 1
except NameError as e:
    print("NameError:", e)
total = 0
while total < 3:
    if total == 1:
        print("seen", seen)
    seen = total * 3
    total += 1
print([seen + k for k in range(2)])
for k in range(2):
    n = k
print(n)
print(undefined_later)
undefined_later = 1
