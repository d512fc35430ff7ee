# Introspection of bound methods, functions and built-ins: attributes, setting them, equality, errors.
class Counter:
    """A counter."""
    def __init__(self, n):
        self.n = n
    def bump(self, by=1):
        """Adds `by`."""
        self.n += by
        return self.n
    def __repr__(self):
        return f"Counter({self.n})"
    @classmethod
    def named(cls):
        return cls.__name__

c = Counter(1)
m = c.bump
print(m.__self__ is c, m.__func__ is Counter.bump, m.__name__, m.__qualname__, m.__doc__)
print(m.__module__, type(m).__name__, m.__class__.__name__, m(), m(5))
print(repr(m).startswith("<bound method Counter.bump of Counter("), repr(m).endswith(")>"))
print(m == c.bump, m != c.bump, m == Counter(6).bump, hash(m) == hash(c.bump), m is c.bump)
print(len({c.bump, c.bump, Counter(0).bump}), Counter.named.__self__ is Counter, Counter.named())
Counter.bump.tag = "tagged"
print(m.tag, m.__func__.__dict__, m.__defaults__, m.__code__.co_name)
for name in ("__self__", "__func__", "__doc__", "custom"):
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)

# functions
def outer(a, b=2, *, c=3):
    "outer doc"
    x = a
    def inner(y: int) -> int:
        return x + y
    return inner
f = outer(10)
print(outer.__name__, outer.__qualname__, f.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, f.__defaults__, f.__kwdefaults__)
print(outer.__closure__, len(f.__closure__), f.__closure__[0].cell_contents, f.__annotations__)
print(outer.__globals__ is globals(), outer.__code__.co_varnames, outer.__dict__, f(5))
outer.__name__ = "renamed"
outer.__qualname__ = "Outer.renamed"
outer.__doc__ = None
outer.__module__ = "elsewhere"
outer.__defaults__ = (7,)
outer.__kwdefaults__ = {"c": 9}
outer.__annotations__ = {"a": "A"}
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__annotations__)
print(outer.__defaults__, outer.__kwdefaults__, repr(outer).startswith("<function Outer.renamed at "))
del outer.__annotations__
print(outer.__annotations__)
outer.__dict__ = {"fresh": True}
outer.extra = [1]
print(outer.fresh, outer.__dict__)
del outer.extra
print(sorted(outer.__dict__))
def other():
    return "other code"
def host():
    return "host code"
host.__code__ = other.__code__
print(host(), host.__name__)
bad_sets = [("__name__", 3), ("__qualname__", None), ("__code__", "x"), ("__annotations__", []),
            ("__dict__", 5), ("__closure__", ()), ("__globals__", {}), ("__defaults__", [1]),
            ("__kwdefaults__", [])]
for name, value in bad_sets:
    try:
        setattr(outer, name, value)
        print("set", name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del outer.__name__
except TypeError as e:
    print("TypeError:", e)
try:
    outer.__code__ = f.__code__
except ValueError as e:
    print("ValueError:", e)

# built-in functions and methods
lst = []
print(len.__name__, len.__qualname__, len.__module__, lst.append.__name__, lst.append.__qualname__)
print(lst.append.__self__ is lst, lst.append.__module__, dict.fromkeys.__qualname__, "".join.__self__ == "")
print(lst.append == lst.append, lst.append == [].append, len == len, len == abs, hash(len) == hash(len))

# a decorator copying the wrapped function's metadata by hand
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    wrapper.__dict__.update(func.__dict__)
    return wrapper
def greet(who):
    "Says hello."
    return "hello " + who
greet.level = 3
decorated = logged(greet)
print(decorated("you"), decorated.__name__, decorated.__qualname__, decorated.__doc__)
print(decorated.__wrapped__ is greet, decorated.level, decorated.__wrapped__("me"))
print(list.append.__objclass__, list.append.__name__, list.append.__qualname__)
try:
    print(list.append.__self__)
except AttributeError as e:
    print("AttributeError:", e)
print(dict.fromkeys.__self__, dict.__dict__["fromkeys"].__objclass__, hasattr(len, "__objclass__"))
print(hasattr([].append, "__objclass__"))

# deleting function attributes
def deletable(a=1, *, b=2): "doc"
for n in ["__doc__", "__module__", "__dict__", "__code__", "__qualname__", "__defaults__", "__kwdefaults__", "__closure__", "__globals__", "__builtins__", "__annotations__", "nothere"]:
    try:
        delattr(deletable, n)
        print("deleted", n, getattr(deletable, n, "<missing>"))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# nothing of a built-in function or method is writable
class Deletable:
    def m(self): pass
bm = Deletable().m
for n in ["x", "__self__", "__func__", "__doc__", "__name__"]:
    try: delattr(bm, n)
    except AttributeError as e: print(e)
for n in ["x", "__name__", "__self__", "__qualname__"]:
    try: setattr(len, n, 1)
    except AttributeError as e: print(e)
    try: setattr([].append, n, 1)
    except AttributeError as e: print(e)
for n in ['__name__','__qualname__','__doc__','__objclass__','x']:
    try: setattr(list.append, n, 1)
    except AttributeError as e: print(e)
for n in ['__doc__', '__text_signature__']:
    try: setattr(len, n, 1)
    except AttributeError as e: print(e)
