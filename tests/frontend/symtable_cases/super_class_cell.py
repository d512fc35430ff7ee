class A:
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        def inner():
            return super()
        return inner
    x = [super for _ in range(3)]
class B:
    __class__ = 1
    def f(self):
        return __class__
class C:
    def f(self):
        class D:
            def g(self):
                return __class__
        return D
