def f():
    global x
    def g():
        return x
    def h():
        x = 1
        def i():
            return x
        return i
    return g, h
