# Class patterns against user classes in detail: __match_args__ checks and
# their TypeErrors, attributes that are missing (no match) or raise,
# properties, subclasses of self-matching built-ins, inherited sequence and
# mapping behaviour, and the mapping pattern's use of get() (never
# __getitem__ or __missing__).
class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class ListArgs:
    __match_args__ = ["x"]
    x = 1


class BadNames:
    __match_args__ = ("x", 2)
    x = 1


class Computed:
    __match_args__ = ("area",)

    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        if self.w < 0:
            raise AttributeError("no area for negative sizes")
        if self.w == 0:
            raise ValueError("zero width")
        return self.w * self.h


class MyInt(int):
    pass


class Named(int):
    __match_args__ = ("real",)


class MyList(list):
    pass


class MyDict(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0

    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)


class GetLogger(dict):
    def get(self, key, default=None):
        print("  get", repr(key), type(default).__name__)
        return super().get(key, default)


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def match_p(v):
    match v:
        case P(0, y=0):
            return "origin"
        case P(x, y) if x == y:
            return f"diagonal {x}"
        case P(x):
            return f"x={x}"


def dup(v):
    match v:
        case P(1, x=1):
            return "dup"
    return "no match"


def list_args(v):
    match v:
        case ListArgs(a):
            return a
    return "no match"


def bad_names(v):
    match v:
        case BadNames(a, b):
            return a, b
    return "no match"


def too_many(v):
    match v:
        case P(a, b, c):
            return a, b, c
    return "no match"


def area(v):
    match v:
        case Computed(0):
            return "zero area"
        case Computed(a):
            return f"area {a}"
        case Computed():
            return "a Computed without area"


def self_matching(v):
    match v:
        case Named(r, real=r2):
            return ("named", r, r2)
        case MyInt(i):
            return ("myint", i, type(i).__name__)
        case MyList([a, *rest]):
            return ("mylist", a, rest)
        case [*all_items]:
            return ("sequence", all_items)
        case {"k": v}:
            return ("mapping k", v)
        case {}:
            return ("mapping", dict(v))
    return "other"


def named_one(v):
    match v:
        case Named(r):
            return ("named", r)
        case int(i):
            return ("plain int", i)


attempt("origin", lambda: match_p(P(0, 0)))
attempt("diagonal", lambda: match_p(P(3, 3)))
attempt("x", lambda: match_p(P(1, 2)))
attempt("dup", lambda: dup(P(1, 1)))
attempt("dup other type", lambda: dup(3))
attempt("list args", lambda: list_args(ListArgs()))
attempt("bad names", lambda: bad_names(BadNames()))
attempt("too many", lambda: too_many(P(1, 2)))
attempt("area", lambda: area(Computed(2, 3)))
attempt("area raising AttributeError", lambda: area(Computed(-1, 3)))
attempt("area raising ValueError", lambda: area(Computed(0, 3)))
attempt("named", lambda: self_matching(Named(5)))
attempt("named, one", lambda: named_one(Named(6)))
attempt("named, not MATCH_SELF", lambda: named_one(7))
attempt("myint", lambda: self_matching(MyInt(7)))
attempt("mylist", lambda: self_matching(MyList([1, 2, 3])))
attempt("mydict hit", lambda: self_matching(MyDict(k=1)))
attempt("mydict miss", lambda: self_matching(MyDict(j=2)))
attempt("get logger", lambda: self_matching(GetLogger(k="v")))
attempt("get logger miss", lambda: self_matching(GetLogger(z=0)))
