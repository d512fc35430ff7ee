# dict subclasses merged into dicts and keyword arguments: directly unless
# __iter__ is overridden, then through keys() and [] (CPython's dict_merge).
class ID(dict):
    def __iter__(self):
        print("iter called")
        return iter(["a"])
    def keys(self):
        print("keys called")
        return ["a"]
    def __getitem__(self, k):
        print("getitem", k)
        return 99
d = ID(a=1, b=2)
print(dict(d))
print({**d})
x = {}
x.update(d)
print(x)
print(d, list(d), len(d), d.items())
class OnlyIter(dict):
    def __iter__(self):
        return iter(["b"])
o = OnlyIter(a=1, b=2)
print(dict(o), {**o}, list(o), sorted(o), o)
def f(**kw):
    return kw
print(f(**d))
print(f(**o))
class Items(dict):
    def items(self):
        return [("z", 0)]
it = Items(a=1)
print(dict(it), {**it}, list(it.items()), f(**it))
class M:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(f(**M()), f(a=1, **M()))
for bad in (1, [1], {1: 2}):
    try:
        f(**bad)
    except TypeError as e:
        print(e)
try:
    f(x=1, **M())
except TypeError as e:
    print(e)
class D(dict):
    def __iter__(self):
        return iter(["k"])
try:
    f(**D({1: 2}))
except TypeError as e:
    print(e)
print(f(**D(k=1)))
