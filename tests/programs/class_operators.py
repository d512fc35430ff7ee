# Operator overloading: binary, reflected, in-place, unary, NotImplemented fallback and the resulting TypeError.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __lshift__(self, k): return V(*(a << k for a in self.c))
    def __rshift__(self, k): return V(*(a >> k for a in self.c))
    def __and__(self, k): return V(*(a & k for a in self.c))
    def __or__(self, k): return V(*(a | k for a in self.c))
    def __xor__(self, k): return V(*(a ^ k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __invert__(self): return V(*(~a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __iadd__(self, o):
        print("  in-place add")
        self.c = (self + o).c
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b, a + 1, 1 + a, a / 2, b // 2, b % 2, a ** 2)
print(a << 2, b >> 1, b & 1, a | 4, a ^ 1, -a, +a, ~a, abs(V(3, 4)))
c = a
c += b
print(c, a, c is a)
c -= V(1, 1)
print(c, a, c is a)
for bad in (lambda: a + "s", lambda: "s" * a, lambda: a < b):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "Right.__radd__ handled it"
print(Left() + Right())
class Sub(V):
    def __radd__(self, o): return "subclass reflected first"
print(V(1) + Sub(2))
