def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
    class D:
        def h(self):
            return x
        x = 3
    class E:
        global x
        def i(self):
            return x
    return C, D, E
