def f():
    v = 0
    def g():
        nonlocal v
        def h():
            nonlocal v
            v += 1
        return h
    return g
