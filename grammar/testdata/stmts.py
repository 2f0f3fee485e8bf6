"""Module docstring."""
import os
import os.path
import a.b.c as d, e
from x import y
from x import y as z, w
from . import a
from .. import b
from .mod import c
from ...pkg.mod import d as e
from x import (a, b,
               c as d)
from x import *
from __future__ import annotations

global_var = 1


def f():
    global global_var
    global_var = 2
    return


def g(a, b, /, c, *, d, e=1):
    """Doc."""
    def inner():
        nonlocal a
        a = 1
    return a, b


def h(*args, **kwargs) -> None:
    pass


def k(a: int, b: 'str' = 'x', *c: int, d: float = 1.0, **e: dict) -> list[int]:
    return [a]


@decorator
@decorator.attr(1, x=2)
@(lambda f: f)
def decorated():
    pass


class A:
    pass


class B(A, metaclass=M, **kw):
    x = 1

    def method(self):
        return self.x

    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        ...


@dataclass
class C(A, B):
    x: int = 0


if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if a: b()
if a: b(); c()
while x: x -= 1
for i in range(3): print(i)
class D: pass
def e(): return 1

while True:
    if x:
        break
    elif y:
        continue
    else:
        x = 1
else:
    pass

for i in range(10):
    pass
else:
    pass

for i, (j, k) in enumerate(pairs):
    pass

for x, in pairs:
    pass

for *a, b in c:
    pass

try:
    pass
except:
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    x = 1
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with a:
    pass

with a as b, c as d:
    pass

with (a as b, c as d):
    pass

with (a, b):
    pass

with (a, b) as c:
    pass

with (a):
    pass

with (
    open('x') as f,
    open('y') as g,
):
    pass

with a as (b, c):
    pass

raise
raise ValueError
raise ValueError('x') from e
raise ValueError('x') from None
assert x
assert x, 'message'
del x
del x, y
del x[0], x.a, (a, b), [c]
pass; pass;
x = 1; y = 2

if __name__ == '__main__':
    main()
def star(*args: *Ts): pass
t = tuple[*Ts], tuple[int, *Ts]
