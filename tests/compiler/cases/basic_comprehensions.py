# Comprehensions of every kind, nested, with conditions, in every scope.
l = [x for x in y]
l = [x * 2 for x in y if x if x > 1]
l = [(x, z) for x in y for z in x]
l = [[z for z in x] for x in y]
l = [x for x in [z for z in y]]
s = {x for x in y}
s = {x % 3 for x in range(10) if x}
d = {k: v for k, v in y}
d = {k: [v for v in k] for k in y}
g = (x for x in y)
g = (x + z for x in y for z in w if z)
l = [x for x, *rest in y]
l = [a.b for a.b in y]
l = [x for x in y if (n := x)]
l = [lambda: x for x in y]
t = tuple(x for x in y)
s = sum(x * x for x in range(10))


def f(y, w):
    a = [x + w for x in y]
    b = {x: w for x in y}
    c = (x for x in y if x != w)
    d = [[x * z for z in w] for x in y]
    e = [z for x in y for z in (x, w)]
    return a, b, c, d, e


def g(seq):
    total = 0
    r = [total := total + v for v in seq]
    return r, total


class C:
    n = 3
    l = [x for x in range(10)]
    m = [x for x in range(n)]
    d = {k: k for k in 'abc'}
