# Assignment targets and contexts.
a = 1
a.b = 1
a[b] = 1
a[b:c] = 1
*a, = b
(a, b), [c, d] = e
[a, (b, *c)] = d
a, b = b, a
x = y = (z := 1)
((a)) = 1
(a.b) = 1
(a[0]) = 1
[[a]] = b
for ((a, b), c) in d: pass
[(a := 1) for b in c]
with a as (b, [c, *d]): pass
del a, (b, c), [d, e], f.g, h[i]
del (a), ((b))
x: int
(x): int
((x)): int
x.y: int
x[0]: int
x: int = yield
x: list[int] = []
x = (yield)
x = yield x
x += yield
a, b = yield
a = b = yield c
