# Introspection of classes and instances: dir() (sorted, over the MRO and
# the instance dict, a class's __dir__), vars(), __dict__, __doc__,
# __module__, __qualname__, reprs of classes, instances, methods and
# descriptors, getattr/setattr/delattr/hasattr, sorted/min/max with keys.
class Base:
    """Base docstring."""
    base_attr = 1
    def base_method(self):
        pass
class Mixin:
    mixin_attr = 2
class Child(Base, Mixin):
    child_attr = 3
    def __init__(self):
        self.inst = 4
    def child_method(self):
        return "child"
    @property
    def prop(self):
        return "p"
    @staticmethod
    def st():
        return "st"
    @classmethod
    def cm(cls):
        return cls.__name__
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "__class__" in dir(c), "inst" in dir(Child))
print(vars(c))
print([k for k in vars(Child) if not k.startswith("__")], Child.__dict__["child_attr"])
print(Child.__doc__, Base.__doc__, Child.__module__, Child.child_method.__qualname__)
print(Child.child_method.__name__, c.child_method.__name__, c.child_method.__func__ is Child.child_method)
print(c.child_method.__self__ is c, Child.cm.__self__ is Child, c.cm(), Child.st(), c.st())
print(type(Child.__dict__["st"]).__name__, type(Child.__dict__["cm"]).__name__, type(Child.prop).__name__)
print(Child.__dict__["cm"].__func__.__name__, Child.__dict__["st"].__func__.__name__)
print(repr(Child), repr(Base), str(Child), repr(type(c)), repr(type))
print(repr(c).startswith("<__main__.Child object at 0x"), str(c) == repr(c))
print(repr(c.child_method).startswith("<bound method Child.child_method of <__main__.Child object"))
print(repr(Child.child_method).startswith("<function Child.child_method at"))
print(repr(object.__init__), repr(Child.__init__).startswith("<function"), repr(int.__add__))
print(repr(c.__init__).startswith("<bound method"), repr(object().__str__).startswith("<method-wrapper '__str__' of object"))
class Dirs:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Dirs()))
setattr(c, "dyn", 5)
print(hasattr(c, "dyn"), getattr(c, "dyn"), getattr(c, "nope", None))
delattr(c, "dyn")
print(hasattr(c, "dyn"), hasattr(Child, "child_method"), hasattr(Child, "inst"))
setattr(Child, "added", lambda self: "added method")
print(c.added(), Child.added.__name__)
delattr(Child, "added")
print(hasattr(c, "added"))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x},{self.y})"
pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0)]
print(sorted(pts, key=lambda p: p.x), sorted(pts, key=lambda p: p.y, reverse=True))
print(min(pts, key=lambda p: p.x + p.y), max(pts, key=lambda p: (p.y, p.x)))
try:
    sorted(pts)
except TypeError as e:
    print("TypeError:", e)
print(Child.__name__, Child.__qualname__, Child.__bases__, Child.__base__, Mixin.__subclasses__())
print(Child.mro() == list(Child.__mro__), type.mro(Child)[1:3], object.__subclasses__ is not None)
print(Child.__class__, Child.__class__.__class__)
def f(): pass
print(type(f).__name__, type(c.child_method).__name__, type(len).__name__, type(Child.cm).__name__)
print(type(object.__init__).__name__, type(c.__init__).__name__, type(Child.__dict__["prop"]).__name__)
