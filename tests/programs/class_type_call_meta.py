# type(name, bases, ns) when a base has a metaclass: its __new__ and __init__ run, keywords reach them.
class Registry(type):
    made = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = dict(kw)
        Registry.made.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True

class Base(metaclass=Registry):
    pass

Made = type("Made", (Base,), {"x": 1}, flavour="dynamic")
print(type(Made).__name__, Made.kw, Made.inited, Made.x, Registry.made, Made.__mro__[1] is Base)

class Plain(type):
    pass
class P(metaclass=Plain):
    pass
Q = type("Q", (P,), {})
print(type(Q).__name__, Q.__bases__ == (P,))

class InitOnly(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = "init only " + name
class I(metaclass=InitOnly):
    pass
J = type("J", (I,), {})
print(type(J).__name__, J.tag)

class Sub(Base, flavour="static"):
    pass
print(Sub.kw, Registry.made)

class NoKw(type):
    pass
class N(metaclass=NoKw):
    pass
try:
    type("M", (N,), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
class Other(type):
    pass
class O(metaclass=Other):
    pass
try:
    type("Clash", (Base, O), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("T", (Base,), {}, bad=1, **{"bad2": 2}).kw
    print("ok kw", Registry.made[-1])
except TypeError as e:
    print("TypeError:", e)
