# Class bodies: __class__ and super, LOAD_CLASSDEREF, metaclasses, bases.
class Empty:
    pass


class Doc:
    """A docstring."""
    x = 1


class Derived(Empty, Doc, metaclass=type):
    def m(self):
        return super().m()

    def n(self):
        return __class__

    @classmethod
    def c(cls):
        return super(Derived, cls).c()

    @staticmethod
    def s():
        return 0


class Star(*bases, **kw):
    pass


def outer():
    x = 1

    class Inner:
        y = x
        x = 2
        z = x

        def m(self):
            return x

    return Inner


def outer2(v):
    class C:
        print(v)
        def f(self):
            return v
    return C


class Nested:
    class Inner:
        class Innermost:
            def m(self):
                return __class__
    attr = Inner.Innermost


class WithNames:
    a = 1
    b = a + 1
    del a
    global gv
    gv = b
    __private = 3
    def m(self):
        return self.__private


class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = self.b = None


class UsesClassCell:
    def __init_subclass__(cls):
        super().__init_subclass__()
    def g(self):
        def h():
            return __class__
        return h
