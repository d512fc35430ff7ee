class C:
    x = 1
    def g(self):
        nonlocal x
