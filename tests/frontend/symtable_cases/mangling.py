class Foo:
    __a = 1
    __b__ = 2
    def __m(self, __p, _x):
        global __g
        __g = __p
        import __mod, __pkg.sub as __al
        return self.__a, __other, [__c for __c in __p]
    class __Inner:
        __z = 1
class _:
    __w = 1
class __Under:
    __v = 1
def __f():
    __u = 1
