class C:
    __class__ = 1
    def f(self):
        return super()
    print(__class__)
