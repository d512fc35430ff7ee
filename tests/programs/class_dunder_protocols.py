# Special methods the interpreter and builtins consult, with CPython's
# fallbacks and error messages: operators (reflected, in-place,
# NotImplemented, subclass-first), comparisons, hashing, truth, length,
# containers, iteration, calls, numeric conversions.
import math

def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  radd", type(self).__name__)
        return self.__add__(o)
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, o): return Num(self.v / o)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o, mod=None):
        return Num(pow(self.v, o, mod) if mod is not None else self.v ** o)
    def __rpow__(self, o): return Num(o ** self.v)
    def __divmod__(self, o): return (Num(self.v // o), Num(self.v % o))
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __lshift__(self, o): return Num(self.v << o)
    def __rshift__(self, o): return Num(self.v >> o)
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __rmatmul__(self, o): return ("rmatmul", o, self.v)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v)
    def __invert__(self): return Num(~self.v)
    def __abs__(self): return Num(abs(self.v))
    def __iadd__(self, o):
        print("  iadd")
        self.v += o if isinstance(o, int) else o.v
        return self
    def __index__(self): return self.v
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __round__(self, nd=None): return ("round", self.v, nd)
    def __trunc__(self): return ("trunc", self.v)
    def __floor__(self): return ("floor", self.v)
    def __ceil__(self): return ("ceil", self.v)

a, b = Num(7), Num(3)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 2, 2 * a, a / 2, a // 2, a % 4)
print(a ** 2, 2 ** b, pow(a, 2, 5), divmod(a, 2), divmod(9, a), a << 1, a >> 1)
print(a & 3, a | 8, a ^ 1, a @ 5, 5 @ a, -a, +a, ~a, abs(Num(-4)))
c = a
c += 1
print(c is a, a)
c += b
print(a)
attempt(lambda: a + "s")
attempt(lambda: "s" + a)
attempt(lambda: a * 1.5)
attempt(lambda: [1] * a)
attempt(lambda: a < b)
attempt(lambda: pow(b, a, 5))
attempt(lambda: divmod(a, "x"))
print(int(a), float(a), round(a), round(a, 2), math.trunc(a), math.floor(a), math.ceil(a))
print(hex(a), oct(a), bin(a), [10, 20, 30, 40, 50][b], "abcdefghij"[b], range(20)[a])
print(list(range(10))[b:a], (1, 2, 3, 4)[Num(1)])

class Sub(Num):
    def __radd__(self, o):
        print("  Sub.radd first")
        return "sub wins"
    def __rsub__(self, o):
        return NotImplemented
print(Num(1) + Sub(2), Sub(2) + Num(1))
attempt(lambda: 5 - Sub(1))

class Other:
    def __radd__(self, o):
        return ("Other.radd", o.v)
print(Num(1) + Other())

class NoAdd: pass
attempt(lambda: NoAdd() + NoAdd())
attempt(lambda: -NoAdd())
attempt(lambda: ~NoAdd())
attempt(lambda: abs(NoAdd()))
attempt(lambda: int(NoAdd()))
attempt(lambda: float(NoAdd()))
attempt(lambda: round(NoAdd()))
attempt(lambda: math.floor(NoAdd()))
attempt(lambda: [1, 2][NoAdd()])
attempt(lambda: hex(NoAdd()))
class BadConv:
    def __int__(self): return "x"
    def __float__(self): return 1
    def __index__(self): return 2.5
attempt(int, BadConv())
attempt(float, BadConv())
attempt(hex, BadConv())

class Cmp:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print("  eq", self.k, getattr(o, "k", o))
        return isinstance(o, Cmp) and self.k == o.k
    def __lt__(self, o):
        return self.k < o.k if isinstance(o, Cmp) else NotImplemented
    def __repr__(self): return f"Cmp({self.k})"
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2))
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5), Cmp(4)]), min(Cmp(9), Cmp(8)))
attempt(lambda: Cmp(1) <= Cmp(2))
attempt(lambda: Cmp(1) < 5)
attempt(hash, Cmp(1))
print(Cmp(1) == 3, 3 == Cmp(2), Cmp(1) in [Cmp(0), Cmp(1)])
class CmpSub(Cmp):
    def __gt__(self, o):
        return "CmpSub.__gt__ reflected first"
print(Cmp(1) < CmpSub(2))
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
attempt(lambda: p < q)
attempt(lambda: p >= 1)

class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return self.k
    def __eq__(self, o): return isinstance(o, Hashy) and o.k == self.k
print(hash(Hashy(5)), hash(Hashy(-1)), len({Hashy(1), Hashy(1), Hashy(2)}), {Hashy(3): "v"}[Hashy(3)])
class NoHash:
    __hash__ = None
attempt(hash, NoHash())
attempt(lambda: {NoHash(): 1})
class BadHash:
    def __hash__(self): return "h"
attempt(hash, BadHash())
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class InheritsHash(Hashy):
    pass
class EqOnlyChild(Hashy):
    def __eq__(self, o): return True
print(hash(InheritsHash(4)))
attempt(hash, EqOnlyChild(4))
pl = Plain()
print(hash(pl) == hash(pl), Plain.__hash__ is object.__hash__, NoHash.__hash__)

class Truthy:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized(0)), bool(Sized(2)), len(Sized(7)), bool(Plain()))
print("yes" if Sized(1) else "no", not Sized(0), [x for x in [Sized(0), Sized(3)] if x][0].n)
attempt(bool, Truthy(1))
attempt(len, Sized(-1))
attempt(len, Sized("3"))
attempt(len, Sized(2 ** 70))
attempt(len, Plain())
attempt(bool, Sized(-2))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
class Bag:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
    def __contains__(self, x):
        print("  contains", x)
        return x in self.items
    def __reversed__(self): return iter(["rev"] + self.items[::-1])
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed(Bag([1, 2]))), 2 in Bag([1, 2]))
x, y, *z = Bag([1, 2, 3, 4])
print(x, y, z, sum(Bag([1, 2, 3])), sorted(Bag([3, 1, 2])), dict.fromkeys(Bag("ab")))
class NotIterable:
    __iter__ = None
attempt(iter, NotIterable())
attempt(iter, Plain())
attempt(lambda: 1 in Plain())
class BadIter:
    def __iter__(self): return 5
attempt(iter, BadIter())
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), next(Counter()), [i for i in Counter()])
attempt(next, Plain())
class NoRev:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 2
attempt(reversed, NoRev())

class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, key):
        print("  get", key)
        return self.cells.get(repr(key), 0)
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.cells[repr(key)] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.cells[repr(key)]
g = Grid()
g[1, 2] = 5
g[1:3] = "slice"
g[::2]
g[...]
print(g[1, 2], g["k"])
del g[1, 2]
g[0] += 4
attempt(lambda: Plain()[0])
def setit(o): o[0] = 1
def delit(o): del o[0]
attempt(setit, Plain())
attempt(delit, Plain())
class ReadOnly:
    def __getitem__(self, k): return k
attempt(setit, ReadOnly())
attempt(delit, ReadOnly())

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add = Adder(10)
print(add(1), add(2, scale=3), callable(add), callable(Plain()), callable(Adder))
attempt(Plain())
attempt(add)

class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
f = Fmt()
print(f"{f}", f"{f:>10}", format(f, "x"), str(f), repr(f), f"{f!r}", f"{f!s:>6}", [f])
attempt(format, Plain(), "x")
print(format(pl, "") == str(pl))
class BadFmt:
    def __format__(self, spec): return 5
attempt(format, BadFmt())
class BadStr:
    def __str__(self): return 1
    def __repr__(self): return None
attempt(str, BadStr())
attempt(repr, BadStr())
class OnlyRepr:
    def __repr__(self): return "OnlyRepr!"
print(str(OnlyRepr()), f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
