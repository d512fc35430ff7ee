def f(a, *b, c, **d):
    x = 1
    def g():
        nonlocal x
        return x + a
    return g
class C:
    def m(self):
        return super().m() + __x
