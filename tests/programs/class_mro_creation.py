# Class creation: C3 MRO, metaclass calculation, bases checks, __mro_entries__,
# __class_getitem__, __init_subclass__ with keywords, __set_name__, type(n, b, d).
def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()], Z.__bases__ == (K1, K2, K3), Z.__base__ is K1)

attempt(type, "Bad", (A, K1), {})
attempt(type, "Bad", (K1, K2, A, B), {})
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
attempt(type, "Bad", (XY, YX), {})
attempt(type, "Dup", (X, X), {})
attempt(type, "Layout", (int, str), {})
attempt(type, "NotBase", (bool,), {})
attempt(type, 1, (), {})
attempt(type, "T", 1, {})
attempt(type, "T", (), 1)
attempt(type, "T", (1,), {})
attempt(type, 1, 2)
attempt(type)

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
attempt(type, "Q", (P1, P2), {})
try:
    class Q(P1, P2): pass
except TypeError as e:
    print("class statement:", e)
class M3(M1, M2): pass
class Q(P1, P2, metaclass=M3): pass
print(type(Q).__name__, type(P1).__name__, isinstance(Q, M1), isinstance(Q, M2))
class R(P1): pass
print(type(R) is M1)

# type(name, bases, dict)
T = type("T", (A,), {"x": 5, "get": lambda self: self.x * 2})
t = T()
print(T.__name__, T.__qualname__, T.__module__, T.__bases__[0].__name__, t.get(), T.x)
print(type(t) is T, type(T) is type, type(type) is type, type(5).__name__)

# __mro_entries__
class Alias:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.target,)
class Uses(Alias(A), B):
    pass
print([k.__name__ for k in Uses.__mro__], [type(b).__name__ for b in Uses.__orig_bases__])
attempt(type, "U", (Alias(A),), {})

# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box): pass
print(SubBox[3])
try:
    A[1]
except TypeError as e:
    print(e)

# __init_subclass__ with keywords
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
class Sub(Csv): pass
print(Plugin.registry, Csv.plugin_name, Sub.plugin_name)
try:
    class Bad(Plugin, name="b", extra=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, extra=1): pass
except TypeError as e:
    print("TypeError:", e)

# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Rec:
    a = Field()
    b = Field()
r = Rec()
r.a = 1
print(r.a, r.b, Rec.a.name, type(Rec.__dict__["b"]).__name__)

# __qualname__, __module__, __doc__ of classes
class Outer:
    """Outer doc."""
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer().method().__qualname__, Outer.__doc__, Outer.Inner.__doc__, Outer.__module__)
print(repr(Outer.Inner), repr(Outer.Inner.Deepest()).split(" object")[0])
Outer.Inner.__name__ = "Renamed"
Outer.Inner.__qualname__ = "Outer.Renamed"
print(Outer.Inner, Outer.Inner.__name__)
print(A.__subclasses__() == [K1, K3], len(O.__subclasses__()))
print(int.__name__, int.__qualname__, int.__module__, object.__base__, bool.__base__.__name__)
print(int.__mro__, bool.__mro__)
