# Closures, nonlocal, global, cell arguments, free variables.
g1 = 0


def f1():
    global g1
    g1 = 1
    return g1


def f2(a):
    def inner():
        return a
    return inner


def f3():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc


def f4(a, b):
    c = a + b
    def i1():
        def i2():
            return a, b, c
        return i2
    return i1


def f5(a):
    a = a + 1
    def inner():
        nonlocal a
        del a
    return inner


def f6():
    def a(): return b()
    def b(): return a()
    return a


def f7(x, *args, **kw):
    return lambda: (x, args, kw)


def f8():
    global g2
    g2 = [g1 for _ in range(3)]
    del g2


def f9(x):
    y = x
    class C:
        z = y
        def m(self):
            return y, x
    return C


def f10():
    v = 1
    def g():
        return v
    v = 2
    del v
    return g
