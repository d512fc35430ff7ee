def deco(fn):
    return fn
def outer(v):
    @deco
    def f(a=v, *, b=v) -> v:
        return a
    @deco
    class K(object, metaclass=type):
        pass
    return f, K
