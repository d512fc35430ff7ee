# Precedence and parentheses: which nested expressions keep their parentheses.
a1: a if b else c
a2: (a if b else c) + d
a3: d + (a if b else c)
a4: (a if b else c) if d else e
a5: a if (b if c else d) else e
a6: a if b else (c if d else e)
a7: a if b else c if d else e
b1: not a == b
b2: (not a) == b
b3: not (a == b)
b4: not not a
b5: -(a ** b)
b6: (-a) ** b
b7: a ** -b
b8: a ** b ** c
b9: (a ** b) ** c
b10: -a ** b
b11: - - a
b12: +a
b13: ~a
b14: ~(a + b)
b15: -(-a)
b16: (-1) ** 2
b17: -1 ** 2
b18: 2 ** -1
c1: a + b + c
c2: a + (b + c)
c3: (a + b) + c
c4: a - (b - c)
c5: a * b + c
c6: a * (b + c)
c7: (a + b) * c
c8: a / b / c
c9: a / (b / c)
c10: a // b % c @ d
c11: a @ (b @ c)
c12: a << b >> c
c13: a << (b >> c)
c14: a | b ^ c & d
c15: (a | b) ^ (c & d)
c16: a & (b | c)
c17: (a ^ b) & c
c18: a | b | c
c19: a | (b | c)
c20: a + b << c
c21: a + (b << c)
c22: (a < b) + 1
c23: a < b < c
c24: (a < b) < c
c25: a < (b < c)
c26: a == b != c <= d >= e > f
c27: a is b is not c in d not in e
c28: (a is b) is (c is d)
c29: a < b + c
c30: (a, b) < (c, d)
d1: a and b or c
d2: a and (b or c)
d3: (a or b) and c
d4: a or b and c
d5: a or b or c
d6: (a or b) or c
d7: a or (b or c)
d8: a and b and c
d9: a and (b and c)
d10: not a and not b
d11: not (a and b)
d12: (not a) + b if c else d
d13: not (a if b else c)
d14: not a < b
d15: (not a) < b
d16: a and not b
d17: a | (not b)
d18: -(not a)
e1: await_ if b else c
e2: (lambda: a) + b
e3: a + (lambda: b)
e4: (lambda: a) if b else c
e5: a if b else lambda: c
e6: a if (lambda: b) else c
e7: lambda: a if b else c
e8: lambda: (a, b)
e9: lambda: (yield)
e10: lambda: (yield a)
e11: lambda: (yield from a)
e12: lambda: (yield a, b)
e13: lambda: await a
e14: lambda: (await a) ** b
e15: lambda: await a ** b
e16: lambda: -(await a)
e17: lambda: (await a).b
e18: lambda: (await a)[b]
e19: lambda: (await a)(b)
e20: lambda: await (a + b)
e21: lambda: await (-a)
e22: lambda: await (await a)
e23: lambda: (x := 1)
e24: lambda: [x := 1, y := 2]
e25: lambda: f(x := 1)
e26: lambda: (x := (y := 1))
e27: lambda: a[x := 1]
e28: lambda: (x := a + b) + 1
e29: lambda: {(x := 1): (y := 2)}
e30: lambda: ((yield), (yield))
e31: lambda: f((yield))
e32: lambda: a[(yield)]
e33: lambda: {(yield): (yield)}
f1: a.b.c
f2: (a + b).c
f3: (-a).b
f4: (a.b)(c)[d]
f5: a()()
f6: (a if b else c)()
f7: (a, b)[0]
f8: (a.b)
f9: 1 .real
f10: 1.0.real
f11: True.real
f12: 'a'.upper
f13: (1).real
f14: 1j.imag
f15: (lambda: a)()
f16: [a][0]
f17: (a)[b]
f18: {a: b}[a]
f19: a[b][c].d(e)(f)
f20: (not a).b
f21: -a.b
f22: (-a)[b]
f23: a ** b.c
f24: (a ** b).c
