# Private name mangling in classes: attributes, names, arguments, imports.
class C:
    __a = 1
    _b = 2
    __c__ = 3

    def __m(self, __arg):
        self.__x = __arg
        return self.__x, C.__a, self.__c__

    def n(self):
        __local = 1
        global __g
        __g = __local
        import __hidden
        import os.__sub
        from os import __thing
        return __local, __hidden, self.__m(1)

    def kw(self, *, __k=1):
        return __k

    class __Inner:
        __y = 4

        def f(self):
            return self.__y, [__z for __z in ()]

    def lam(self):
        return lambda __p: __p + self.__a


class _Underscores:
    __v = 1


class ___:
    __w = 2
