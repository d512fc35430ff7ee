def f(a):
    if a:
        for i in range(3):
            while i:
                i -= 1
        return 1
    else:
        return 2


class C:
    def m(self):
        pass

    def n(self):
        if self:
            pass
        elif 1:
            pass
x = 1
