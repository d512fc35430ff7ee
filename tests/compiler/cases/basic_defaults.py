# Defaults, keyword-only defaults, positional-only, varargs.
def f1(a, b=1, c=2): pass
def f2(a, *, k): pass
def f3(a, *, k=1): pass
def f4(a=1, *, k=2, j): pass
def f5(a, /, b, *, c): pass
def f6(a, b=2, /, c=3, *args, d, e=5, **kw): pass
def f7(*args): pass
def f8(**kw): pass
def f9(a=[], b={}, c=x): pass
def f10(a=(1, 2), b=-1, c=None, d='s'): pass
def f11(*, a=f(), b=g()): pass
def f12(a, b=lambda: 0, *, c=lambda: 1): pass


def outer(v):
    def inner(a=v, *, b=v):
        return a + b
    return inner
