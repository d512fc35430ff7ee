def outer():
    a = 1
    class C:
        a = 2
        def m(self):
            nonlocal a
            a = 3
    return C
