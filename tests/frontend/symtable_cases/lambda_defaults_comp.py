def f(x):
    return [lambda y=i: y + x for i in range(3)]
g = lambda: (yield)
