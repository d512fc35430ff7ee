def outer(a, b=1, *args, c, d=2, **kw):
    x = a
    def middle():
        y = x
        def inner():
            nonlocal y
            y = b + x
            return lambda q: q + y + c
        return inner
    return middle
