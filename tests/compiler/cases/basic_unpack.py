# Unpacking: UNPACK_SEQUENCE, UNPACK_EX, nested targets, swaps.
a, b = c
a, b = b, a
a, b, c = c, b, a
a, b, c, d = d, c, b, a
(a, b), c = x
[a, b] = x
a, = x
[a] = x
a, *b = x
*a, b = x
a, *b, c = x
(a, *b), (*c, d) = x
a.b, c[0], *d = x
a, b = 1, 2
a, b = (1, 2)
a, b = [1, 2]
for a, b in x: pass
for a, (b, c) in x: pass
for a, *b in x: pass
for a.b, c[0] in x: pass
x = [*a, *b]
x = (*a, 1)
x = {*a}
x = *a, *b, c


def f(t):
    a, b = t
    a, b = b, a
    a, *rest = t
    x, y, z = 1, 2, 3
    return a, b, rest
