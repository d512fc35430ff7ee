# Displays, comprehensions, starred items and unpacking.
t1: ()
t2: (a,)
t3: (a, b)
t4: ((a, b), c)
t5: (a, (b,))
t6: ((),)
t7: (a if b else c, d)
t8: (lambda: a, b)
t9: (*a, b)
t10: (*a,)
t11: f((a, b))
t12: [(a, b)]
t13: {(a, b): (c, d)}
l1: []
l2: [a]
l3: [a, b, c]
l4: [*a]
l5: [*a, *b, c]
l6: [*(a + b)]
l7: [*a.b]
l8: [*(a or b)]
l9: [*(a if b else c)]
l10: [[a], [b]]
l11: [*-a]
l12: [*a | b]
l13: [*(not a)]
l14: [*(a < b)]
l15: [*(a, b)]
l16: [*a[b]]
m1: {}
m2: {a: b}
m3: {a: b, c: d}
m4: {**a}
m5: {**a, b: c, **d}
m6: {**(a or b)}
m7: {**(a | b)}
m8: {**a | b}
m9: {**(a + b)}
m10: {a if b else c: d if e else f}
m11: {**(a if b else c)}
m12: {**(not a)}
m13: {lambda: a: lambda: b}
m14: {**a.b}
m15: {**(a < b)}
m16: {**-a}
m17: {**a ^ b}
z1: {a}
z2: {a, b}
z3: {*a}
z4: {*a, *b}
z5: {*(a or b)}
c1: [x for x in y]
c2: [x for x in y if x if z]
c3: [x for x in y for z in x]
c4: [(x, y) for x, y in z]
c5: [x for (x, y) in z]
c6: [x for x, in z]
c7: [x for x in (a if b else c)]
c8: [x for x in (lambda: a)]
c9: [x for x in a or b]
c10: [x for x in y if (a if b else c)]
c11: [x for x in y if a or b]
c12: [x for x in y if (lambda: a)]
c13: [x for x in (*a, b)]
c14: [a if b else c for x in y]
c15: [lambda: x for x in y]
c16: [x for *a, b in c]
c17: [x for x[0] in y]
c18: [x for x.a in y]
c19: [[y for y in x] for x in z]
c20: [x async for x in y]
c21: [x for x in y async for z in x]
c22: [x for [a, b] in c]
c23: [x for (a) in c]
c24: [x for x in (not a)]
c25: [x for x in (yield_)]
c26: [x for x in a if not b]
q1: {x for x in y}
q2: {x: y for x, y in z}
q3: {x: (y, z) for x in w}
q4: {(x, y): z for x in w}
q5: {x: y if a else b for x in w}
g1: (x for x in y)
g2: f(x for x in y)
g3: f((x for x in y))
g4: f((x for x in y), z)
g5: f(a, (x for x in y))
g6: f(x for x in y)(x for x in y)
g7: f(*(x for x in y))
g8: (x for x in y).send
g9: ((x, y) for x in y)
g10: f(k=(x for x in y))
g11: ((x for x in y) for z in w)
g12: a[(x for x in y)]
