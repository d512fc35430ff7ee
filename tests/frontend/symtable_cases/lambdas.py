f = lambda: 0
g = lambda a, b=f, *c, d=1, **e: a + b + d
def h(n):
    return lambda x, n=n: x + n + (lambda: x)()
