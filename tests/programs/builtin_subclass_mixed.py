# Classes mixing a built-in base with plain classes, exception subclasses
# with their own state, subclasses of type, and the C code's type checks
# seeing subclass instances (indexing, formatting, sorting, str methods).
class Named:
    label = "named"

    def describe(self):
        return "%s:%s" % (self.label, type(self).__name__)


class NamedList(Named, list):
    label = "nl"


class ListNamed(list, Named):
    pass


nl = NamedList([3, 1, 2])
ln = ListNamed("ab")
print(nl, nl.describe(), ln, ln.describe(), NamedList.__mro__[1].__name__, len(nl))
nl.sort()
print(nl, sorted(ln), isinstance(nl, Named), isinstance(nl, list))


class Box(dict, Named):
    def __repr__(self):
        return "Box" + dict.__repr__(self)


b = Box(x=1)
print(b, b.describe(), str(b), [b], b["x"])


class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])


class NotFound(AppError, LookupError):
    pass


try:
    raise NotFound(404, "missing")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.code, e.args, isinstance(e, AppError))


class Reg(type):
    registry = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.made_by = "Reg"
        return obj


class Base(metaclass=Reg):
    def __init__(self, v=0):
        self.v = v


class Sub(Base):
    pass


s = Sub(3)
print(Reg.registry, s.v, s.made_by, type(Sub).__name__, isinstance(Sub, type))


class Idx(int):
    pass


class Text(str):
    pass


data = list(range(10))
print(data[Idx(2)], data[Idx(1):Idx(4)], "%d %s %x %5.1f" % (Idx(7), Text("t"), Idx(255), Idx(3)))
print("{:>4}|{:<4}|{}".format(Idx(5), Text("ab"), Text("c")), f"{Idx(9):03d}", format(Idx(10), "b"))
print(sorted([Idx(3), Idx(1), 2]), max([Text("b"), Text("a")]), Text("a,b").split(Text(",")))
print(" ".join([Text("x"), Text("y")]), Text("abc").replace("b", Text("B")), Text("q") * 2)
print(Text("hello").center(Idx(9), Text("*")), "x".zfill(Idx(3)), chr(Idx(65)), ord(Text("a")))
print(list(range(Idx(3))), [1, 2, 3].pop(Idx(0)), round(2.567, Idx(2)), pow(Idx(2), Idx(5)))
print(dict.fromkeys([Text("k")]), {Text("k"): 1} == {"k": 1}, Text("k") in {"k"}, Idx(1) in {1: 0})
print(isinstance(Idx(1), int), type(Idx(1) + Idx(2)) is int, type(Text("a") + "b") is str)
print(bool(Idx(0)), bool(Text("")), len(Text("abc")), abs(Idx(-4)), hash(Idx(7)) == hash(7))
