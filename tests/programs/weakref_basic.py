# weakref.ref: the referent while alive, None after `del x; gc.collect()`,
# callbacks, one shared ref without callback, getweakrefcount/getweakrefs,
# __weakref__, hashing and equality, what cannot be weakly referenced.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name

    def __hash__(self):
        return len(self.name)

    def __eq__(self, other):
        return isinstance(other, Obj) and other.name == self.name


o = Obj("alpha")
r = weakref.ref(o)
print(r() is o, r(), weakref.getweakrefcount(o), r is weakref.ref(o), o.__weakref__ is r)
twin = Obj("alpha")
print(hash(r) == hash(o), r == weakref.ref(twin), r != r, r.__callback__)
print(type(r).__name__, isinstance(r, weakref.ref), weakref.ref is weakref.ReferenceType)
del o
gc.collect()
print(r(), weakref.getweakrefcount(r), hash(r) == 5, r == r)

events = []


def on_death(ref):
    events.append(("died", ref is w, ref()))


p = Obj("beta")
w = weakref.ref(p, on_death)
w2 = weakref.ref(p)
print(w is w2, w() is p, w.__callback__ is on_death, weakref.getweakrefcount(p))
refs = weakref.getweakrefs(p)
print(len(refs), refs[0]() is p, refs[1]() is p)
del refs
p = None
gc.collect()
print(events, w(), w2())


class Plain:
    pass


q = Plain()
dead = weakref.ref(Plain())
gc.collect()
print(dead(), q.__weakref__)
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)


def func():
    return 42


fr = weakref.ref(func)
cr = weakref.ref(Plain)
print(fr()(), cr() is Plain, weakref.ref({1}) is not None)
for bad in (1, "s", (1,), [1], {"a": 1}, None, 2.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)


class Watched:
    def __del__(self):
        print("in __del__, ref alive:", wr() is self)


x = Watched()
wr = weakref.ref(x, lambda ref: print("callback after __del__, referent:", ref()))
del x
gc.collect()
print("done", wr())
