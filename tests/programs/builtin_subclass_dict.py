# Subclasses of dict: __missing__ (used by d[k] only), construction through
# __init__, overridden __getitem__ not used by get()/dict()/**, keys()
# overrides used by dict() and update().
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


c = Counter()
for w in "abcabx":
    c[w] += 1
print(c, c.get("z"), "z" in c, c.pop("a"), c.setdefault("q", 7), c)
print(type(c).__name__, len(c), list(c), isinstance(c, dict))


class Twice(dict):
    def __missing__(self, key):
        return key * 2


m = Twice(a=1)
print(m, m["a"], m["zz"], m.get("zz"), "zz" in m, len(m))
m2 = Twice([(1, 2)], b=3)
print(m2, dict(m2), type(dict(m2)).__name__, m2 == {1: 2, "b": 3}, m2.copy(), type(m2.copy()).__name__)
try:
    m.pop("nope")
except KeyError as e:
    print("KeyError", e)


class NoMissing(dict):
    pass


try:
    NoMissing()["x"]
except KeyError as e:
    print("KeyError", e)


class BadMissing(dict):
    def __missing__(self, k):
        raise ValueError("no " + k)


try:
    BadMissing()["x"]
except ValueError as e:
    print("ValueError", e)


class Over(dict):
    def __getitem__(self, k):
        return "over"


g = Over(a=1)
print(g["a"], g.get("a"), dict(g), {**g}, list(g.items()), list(g.values()))


class OwnKeys(dict):
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 42


kd = OwnKeys(a=1, b=2)
print(dict(kd), {**kd}, kd)
d = {}
d.update(kd)
print(d)


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


at = Attr(x=1)
at.y = 2
print(at.x, at.y, at, hasattr(at, "zz"))


class Init(dict):
    def __init__(self, *args, **kw):
        print("init", args, kw)
        super().__init__(*args, **kw)
        self.extra = True


i = Init({1: 1}, two=2)
print(i, i.extra, i.__dict__)
print(Init.fromkeys("ab", 0), type(Init.fromkeys("ab")).__name__)


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)

    def __len__(self):
        return 100


lg = Logged()
lg["a"] = 1
lg.update(b=2)
lg.setdefault("c", 3)
del lg["a"]
print(lg, len(lg), bool(lg))
try:
    dict.__init__(lg, 1, 2)
except TypeError as e:
    print("TypeError:", e)
