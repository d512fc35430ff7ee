x = 1
def f():
    y = 2
    z = 3
    class C:
        y = y
        print(z)
        w = 5
        def m(self):
            return w, y, z
        class D:
            def n(self):
                return z
    return C
