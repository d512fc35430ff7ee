# Operators, precedence and associativity.
a + b - c * d / e // f % g @ h
a ** b ** c
-a ** -b
+a - -b + ~c
not a and b or not c and d
a or b or c
a and b and c
(a or b) or c
a and (b and c)
a < b <= c > d >= e == f != g
a in b not in c is d is not e
not a in b
a | b ^ c & d << e >> f
(a | b) ^ (c & d)
a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda *, k: k
x = lambda a, /, b: a
x = lambda a=1, /, b=2, *, c=3: a
await_ = 1
x = a.b.c.d
x = a[1][2][3]
x = f(a)(b)(c)
x = f(a, *b, c, d=1, *e, **f, g=2, **h)
x = f(*a)
x = f(**k)
x = f(a for a in b)
x = f((a for a in b), c)
x = (yield)
x = ...
x = None, True, False
x = ()
x = (1,)
x = 1,
x = (((a)))
x = ((a, b))
x = [*a, *b]
x = {**a, 'b': 1, **c}
x = {*a, b}
x = {}
x = {1: 2, 3: 4,}
x = [1, 2, 3,]
x = {1, 2,}
x = (a := 10)
print((y := f(x)))
x = a[b := 1]
x = [y := 1, y ** 2]
x = -1 + 2j - 3.5e-3 + 0x1F + 0o17 + 0b101 + 1_000_000 + 1e10 + .5 + 5. + 1j
x = 123456789012345678901234567890
x = 0xFFFFFFFFFFFFFFFFFFFFFFFF
x = 9223372036854775807, 9223372036854775808, -9223372036854775808
x = 1.7976931348623157e308, 1e400, 5e-324, 0.1
x = a.b(c).d[e](f)
x = (a)(b)
x = (a).b
x = (a)[b]
x = not not a
x = - - - a
x = a if not b else c
x = a < (b < c)
x = (a < b) < c
