# Lambda expressions with every parameter kind.
lambda: 0
lambda a: a
lambda a, b: a
lambda a=1: a
lambda a, b=1: a
lambda *a: a
lambda **a: a
lambda *a, **b: a
lambda a, *b, c, **d: a
lambda a, *, b: a
lambda a, *, b=1, c: a
lambda a, /: a
lambda a, /, b: a
lambda a=1, /, b=2, *, c=3, **d: a
lambda a, b, /, c, *d, e, **f: a
lambda a,: a
lambda *, a,: a
lambda: (yield)
lambda: lambda: 0
lambda x: x if x else y
lambda x=lambda: 1: x
f(lambda x: x, key=lambda y: y)
x = [lambda: i for i in range(3)]
x = lambda: (a, b)
x = lambda: a, b
