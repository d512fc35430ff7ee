# Lambdas: arguments, defaults, closures, nesting.
f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *a, **k: (a, k)
f = lambda x, /, y, *, z=3: x + y + z
f = lambda *, k: k
f = lambda x: lambda y: x + y
f = lambda: (yield)
f = lambda x=lambda: 1: x()
f = (lambda: 1)()
d = {'a': lambda s: s.upper()}


def outer(n):
    return lambda m: n * m


def outer2(n):
    g = lambda: n
    n += 1
    return g
