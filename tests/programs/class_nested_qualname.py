# Nested classes and functions: __qualname__, __name__, <locals> parts, methods of inner classes.
class Outer:
    class Inner:
        class Deepest:
            def m(self):
                return Outer.Inner.Deepest.m.__qualname__
        def n(self):
            def local():
                pass
            return local.__qualname__
    def method(self):
        class InMethod:
            pass
        return InMethod.__qualname__, (lambda: 0).__qualname__
def func():
    class InFunc:
        def meth(self):
            return [x for x in (1,)], (lambda: 0).__qualname__
    return InFunc
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest().m())
print(Outer.Inner().n(), Outer().method())
print(func().__qualname__, func().meth.__qualname__, func()().meth())
def gen():
    yield
print(gen.__qualname__, gen().__qualname__, Outer.method.__name__)
