# Metaclasses: __new__/__init__/__call__/__prepare__, class keywords, __init_subclass__, type(name, bases, ns).
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)

class Thing(metaclass=Meta, color="red"):
    def __init__(self, v):
        self.v = v
t = Thing(3)
print(t.v, Thing.injected, Thing.options, type(Thing).__name__)
class Plugin:
    subclasses = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.subclasses.append(cls.plugin_name)
class CSV(Plugin, name="csv-plugin"):
    pass
class Json(Plugin):
    pass
print(Plugin.subclasses, CSV.plugin_name)
Dyn = type("Dyn", (Thing,), {"extra": lambda self: self.v * 2}, color="blue")
print(Dyn(4).extra(), Dyn.options)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else f"<{self.name} of {type(obj).__name__}>"
class HasDesc:
    first = Desc()
    second = Desc()
print(HasDesc().first, HasDesc().second)
bases = (Plugin,)
class FromStar(*bases, **{"name": "star"}):
    pass
print(FromStar.plugin_name)
