# Construction (type.__call__: __new__ then __init__, object's argument rules
# and messages), super() in all its forms, metaclasses with __call__,
# __prepare__ and keywords, and isinstance/issubclass hooks.
def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Empty: pass
class WithInit:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
class WithNew:
    def __new__(cls, *args):
        print("  WithNew.__new__", args)
        return super().__new__(cls)
class Both:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.made_by_new = x
        return inst
    def __init__(self, x):
        self.init_saw = x
attempt(object, 1)
attempt(Empty, 1)
attempt(Empty, k=1)
attempt(WithInit)
attempt(WithInit, 1, 2, 3)
attempt(WithInit, 1, c=3)
attempt(WithInit, 1, a=3)
w = WithInit(b=5, a=4)
print(w.a, w.b)
print(type(WithNew(1, 2)).__name__)
bo = Both(7)
print(bo.made_by_new, bo.init_saw)
attempt(object.__new__, 1)
attempt(object.__new__, int)
attempt(object.__new__)
attempt(int.__new__, Empty)
attempt(object.__init__, w, 1)
attempt(WithInit.__init__, w)
attempt(Empty.__init__)
class InitReturns:
    def __init__(self):
        return 5
attempt(InitReturns)
class NewOther:
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        print("never")
print(NewOther())
class NewSub:
    def __new__(cls):
        return object.__new__(NewSubChild)
    def __init__(self):
        print("  init runs for a subclass instance:", type(self).__name__)
class NewSubChild(NewSub):
    pass
NewSub()
class OverridesNewOnly:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(type(OverridesNewOnly(1, x=2)).__name__)
class OverridesInitOnly:
    def __init__(self, *a):
        super().__init__()
        self.a = a
print(OverridesInitOnly(1, 2).a)
class BadSuperInit:
    def __init__(self, *a):
        super().__init__(*a)
attempt(BadSuperInit, 1)
class BadSuperNew:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
attempt(BadSuperNew, 1)
print(repr(object.__init__), repr(Empty.__init__), repr(object.__eq__))
print(object.__new__ is Empty.__new__, WithInit.__init__.__qualname__, callable(object.__new__))

# super() forms
class A:
    def who(self): return ["A"]
    @classmethod
    def cm(cls): return ["A.cm", cls.__name__]
    @staticmethod
    def sm(): return "A.sm"
    @property
    def prop(self): return "A.prop"
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cm(cls): return ["B.cm"] + super().cm()
    @property
    def prop(self): return "B+" + super().prop
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
    def explicit(self): return super(B, self).who()
print(D().who(), D.cm(), D().cm(), D().prop, D().explicit(), super(D, D()).sm())
print([k.__name__ for k in D.__mro__])
s = super(B, D())
print(s.who(), s.__thisclass__.__name__, s.__self_class__.__name__, type(s).__name__)
print(super(D, D).cm(), super(B, B).who(B()))
attempt(super, 1, D())
attempt(super, B, A())
attempt(lambda: super(A, A()).nothing)
def no_args():
    return super()
attempt(no_args)
class NoClassCell:
    def m(self):
        f = lambda: 0
        return f
def outside(self):
    return super().who()
attempt(outside, D())
class Inner:
    def m(self):
        def nested():
            return super().__repr__
        return nested
attempt(Inner().m())
class UsesClassCell:
    def get(self):
        return __class__
print(UsesClassCell().get().__name__)
class Coop:
    def __init__(self, **kw):
        print("  Coop", sorted(kw))
        super().__init__(**kw)
class Left(Coop):
    def __init__(self, left=None, **kw):
        print("  Left", left)
        super().__init__(**kw)
class Right(Coop):
    def __init__(self, right=None, **kw):
        print("  Right", right)
        super().__init__(**kw)
class Both2(Left, Right):
    pass
Both2(left=1, right=2)
attempt(Both2, left=1, extra=3)

# metaclasses
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  prepare", name, kw)
        d = {"injected": mcls.__name__}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("  new", name, sorted([k for k in ns if not k.startswith("__")]), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("  init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("  call", cls.__name__, args)
        return super().__call__(*args, **kw)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta, flag=True):
    def __init__(self, v=0):
        self.v = v
t = Thing(3)
print(t.v, Thing.injected, Thing.hello(), Thing.upper, type(Thing).__name__, isinstance(Thing, Meta))
attempt(getattr, t, "hello")
class SubThing(Thing):
    pass
print(type(SubThing).__name__, SubThing().v)
class Counting(type):
    count = 0
    def __call__(cls, *a):
        Counting.count += 1
        return super().__call__(*a)
class Counted(metaclass=Counting):
    pass
Counted(); Counted()
print(Counting.count, repr(Counted).startswith("<class '__main__.Counted'>"))
def func_meta(name, bases, ns, **kw):
    print("  func_meta", name, kw)
    return type(name, bases, ns)
class ViaFunc(metaclass=func_meta, extra=1):
    pass
print(ViaFunc.__name__, type(ViaFunc).__name__)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare): pass
except TypeError as e:
    print("TypeError:", e)
DynMeta = Meta("DynMeta", (), {"z": 1})
print(DynMeta.z, DynMeta.injected if hasattr(DynMeta, "injected") else "no prepare via call")

# isinstance / issubclass
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(EvenNumber(), EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber), isinstance(4, (str, EvenNumber)))
print(isinstance(D(), (int, (str, A))), issubclass(D, (int, C)), issubclass(D, D), isinstance(D, type))
attempt(isinstance, 1, 2)
attempt(isinstance, 1, (int, 2))
attempt(issubclass, 1, int)
attempt(issubclass, D, 1)
attempt(issubclass, D, (1,))
print(isinstance(True, int), issubclass(bool, object), isinstance(type, object), isinstance(object, type))
print(callable(D), callable(D()), callable(Thing), isinstance(Meta, type), issubclass(Meta, type))
