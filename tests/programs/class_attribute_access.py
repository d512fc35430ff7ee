# Attribute access on instances: data vs non-data descriptors, instance dict,
# __getattribute__/__getattr__/__setattr__/__delattr__, property errors, __slots__.
def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)
class Data:
    def __get__(self, obj, objtype=None):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class C:
    nd = NonData()
    d = Data()
    s = OnlySet()
    x = DelOnly()
    plain = 10
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "data wins over instance"
print(c.nd, c.d)
c.d = 5
c.s = 6
print(type(c.s).__name__, c.__dict__)
del c.x
c.plain = 11
print(c.plain, C.plain)
del c.plain
print(c.plain)
attempt(delattr, c, "plain")
attempt(getattr, c, "missing")
print(getattr(c, "missing", "default"), hasattr(c, "plain"), hasattr(c, "nope"))
setattr(c, "dyn", 1)
print(vars(c)["dyn"], sorted(vars(c)))

class Props:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "The value."
        return self._v
    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value
    @v.deleter
    def v(self):
        print("deleting v")
        self._v = None
    @property
    def ro(self):
        return "read-only"
    wo = property(None, lambda self, v: print("wo set", v))
p = Props()
p.v = 3
print(p.v, Props.v.__doc__, type(Props.v).__name__, Props.ro.fset, Props.v.fget.__name__)
del p.v
print(p.v)
attempt(setattr, p, "v", -1)
attempt(setattr, p, "ro", 1)
attempt(delattr, p, "ro")
attempt(getattr, p, "wo")
p.wo = 9
anon = property(lambda self: 1)
attempt(anon.__set__, p, 2)
print(anon.__get__(p), anon.__get__(None, Props) is anon)

class Tracing:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no peeking at {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<fallback {name}>"
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Tracing()
t.a = 21
print(t.a, t.zzz, t.secret_key)
del t.a
print(t.a, t.log)
attempt(object.__delattr__, t, "nothing")

class OnlyGetattr:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(f"custom {name}")
o = OnlyGetattr()
attempt(getattr, o, "x")
attempt(getattr, o, "boom")
print(getattr(o, "x", "dflt"))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"), type(Slotted.a).__name__, repr(Slotted.a))
attempt(getattr, s, "b")
attempt(setattr, s, "c", 3)
s.b = 2
del s.a
attempt(getattr, s, "a")
attempt(delattr, s, "a")
print(s.b)
class SlotChild(Slotted):
    pass
sc = SlotChild()
sc.extra = "has dict"
print(sc.a, sc.extra, sc.__dict__)
class SlotDict:
    __slots__ = ("x", "__dict__")
sd = SlotDict()
sd.x = 1
sd.y = 2
print(sd.x, sd.__dict__)
class Single:
    __slots__ = "only"
print(hasattr(Single(), "__dict__"), Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
class Priv:
    __slots__ = ("__hidden",)
    def __init__(self):
        self.__hidden = 5
    def get(self):
        return self.__hidden
print(Priv().get(), [k for k in Priv.__dict__ if "hidden" in k])
class X1:
    __slots__ = ("a",)
class X2:
    __slots__ = ("b",)
try:
    class X12(X1, X2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
class Mixed(Plain, X1): pass
m = Mixed()
m.a = 1
m.z = 2
print(m.a, m.z)

# class attributes: assignment, deletion, inheritance
class Base:
    shared = "base"
class Derived(Base):
    pass
print(Derived.shared)
Base.shared = "changed"
print(Derived.shared)
Derived.shared = "own"
print(Derived.shared, Base.shared)
del Derived.shared
print(Derived.shared)
attempt(delattr, Derived, "shared")
attempt(setattr, int, "x", 1)
attempt(getattr, Base, "nope")
print(Base.__dict__["shared"], "shared" in Derived.__dict__)
print(c.__class__.__name__, c.__weakref__, Base().__module__)
attempt(setattr, c, "__dict__", 5)
c.__dict__ = {"fresh": 1}
print(c.fresh)
