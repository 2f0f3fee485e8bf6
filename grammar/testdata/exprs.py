# Operator precedence, comparisons, unary operators, calls and subscripts.
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
b = -x ** 2, (-x) ** 2, 2 ** -1, x ** y ** z, -2 ** -1 ** 2
c = a | b ^ c & d << 1 >> 2
d = not a and b or c and not d
e = a < b <= c > d >= e == f != g
f = a is b, a is not b, a in b, a not in b
g = not a == b, not not a, ~a + +b - -c
h = a if b else c if d else e
i = lambda: 0
j = lambda x, y=1, *args, z, w=2, **kw: x + y
k = lambda x, /, y: x
l = lambda *, k: k
m = (a, b) * 2 + [c] + (d)
n = f(a)(b).c[d].e(f=g, *h, **i)
o = f(*a, *b, c=1, **d, **e)
p = x[1], x[1:2], x[:], x[::], x[1:], x[:2], x[::3], x[a:b:c], x[1:2, 3], x[..., 1]
q = x[a, b], x[a,], x[(a, b)], x[i := 3]
r = (yield)
s = (x := 10), [y := 1, y ** 2]
t = {**a, 'b': 1, **{'c': 2}}
u = {1, 2, *a}
v = [*a, *b], (*a, *b), [*a]
w = (a for a in b), [a for a in b if c if d for e in f], {a for a in b}, {a: b for a, b in c}
xx = [(a, b) for a in range(3) for b in range(a) if a != b]
yy = f(x for x in y)
zz = sum(x * x for x in range(10) if x % 2)
(a)
((a)), (((a, b)))
()
(1,)
1,
a.b.c.d
x = y = z = 0
a, b = b, a
a, *b = c
[a, b] = c
(a, (b, c)) = d
x.y = 1
x[0] = 1
x[1:2] = []
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a @= m
a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1
x: int
x: int = 5
(y): str = 's'
x.a: list[int] = []
x[0]: int
print(not a)
print(a if b else c, *d, sep='')
f(a)[b](c)
await_ = 1
x = a if b else lambda: c
x = [i for i in range(10) if (j := i * 2) > 3]
f(a, b,)
f(
    a,
    b,
)
x = (
    1 +
    2
)
x = 1 \
    + 2
x = a[b][c](d)(e)
x = -1
x = +1.5
x = ~0
x = a @ b
x = a.b(c).d[e:f]
x = ...
x = None, True, False
y = f(**kwargs)
z = f(a)(**kw)
