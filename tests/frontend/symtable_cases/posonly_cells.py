def f(a, /, b, *, c):
    def g():
        return a, b, c
    return g
