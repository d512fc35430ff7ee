# Private name mangling: attributes, methods, globals-looking names, nested classes, dunder exemption.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def __secret(self):
        return "secret of " + self.__owner
    def reveal(self):
        return self.__secret()
    def __dunder__(self):
        return "dunder not mangled"
    @classmethod
    def count(cls):
        return cls.__count
a = Account("ann")
print(a.reveal(), a._Account__owner, Account.count(), a.__dunder__())
print(sorted(k for k in vars(Account) if "count" in k or "secret" in k))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
class _Leading:
    def m(self):
        self.__x = 1
        return sorted(vars(self))
class __Under:
    def m(self):
        self.__y = 2
        return sorted(vars(self))
print(_Leading().m(), __Under().m())
class Outer:
    class Inner:
        def m(self):
            self.__z = 3
            return sorted(vars(self))
    def n(self):
        return getattr(self, "_Outer__hidden", "default via getattr string")
print(Outer.Inner().m(), Outer().n())
def f(obj):
    return obj.__owner if hasattr(obj, "__owner") else "functions do not mangle"
print(f(a))
class Mangler:
    def imports(self):
        import math as __m
        return sorted(k for k in locals())
    def comp(self):
        __v = 5
        return [__v for _ in range(1)], sorted(locals())
print(Mangler().imports(), Mangler().comp())
