# Every expression kind.
r = a + b - c * d / e // f % g ** h @ k
r = a << b >> c & d | e ^ f
r = -a, +a, ~a, not a
r = a < b, a <= b, a > b, a >= b, a == b, a != b
r = a is b, a is not b, a in b, a not in b
r = a < b < c
r = a < b <= c != d
r = a and b
r = a or b
r = a and b or c
r = a or b and c or d
r = not (a and b)
r = a if b else c
r = (a if b else c) if d else e
r = (n := 10)
r = [a, b, *c, d]
r = (a, *b)
r = {a, *b, c}
r = {a: b, **c, d: e}
r = {**a}
r = {'a': 1, 'b': 2}
r = {'a': x, 'b': y}
r = {a: 1, b: 2}
r = {}
r = []
r = set()
r = [1, 2, 3]
r = [1, 2, x]
r = {1, 2, 3}
r = (1, 2, x)
r = a.b.c
r = a[b]
r = a[b:c]
r = a[b:c:d]
r = a[::2]
r = a[:]
r = a[1:2, 3]
r = a[b, c]
r = a[...]
r = a[-1]
r = a[1:-1]
r = f'{a}'
r = lambda: 0
r = (yield_is_not_allowed_here := 0)
r = [x for x in y]
r = *a, *b
r = a.b[c].d(e)[f]
r = (a)(b)
r = (1).real
r = 'abc'.upper()
r = a is None
r = a is not None
r = a == None
r = -(-a)
r = a + 1 + 2
r = 1 + 2 + a
