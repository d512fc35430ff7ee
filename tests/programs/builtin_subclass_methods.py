# Methods of built-ins called on subclass instances: results are plain values
# (int.__index__, float.real, str.strip...) except where CPython calls the
# class (int.from_bytes, float.fromhex).
class I(int): pass
print(hash(I(-1)), hash(I(-2)), hash(I(0)), hash(I(2**61)), hash(I(-(2**61))), I(1) & True, True | I(2))
print(I(2**62) - 1, I(-5) // 2, I(-5) % 3, I(7).to_bytes(1, "little"), I.from_bytes(b"\x01\x00", "little"), type(I.from_bytes(b"\x01", "big")).__name__)
print(I(5) == 5.0, 5.0 == I(5), I(3) < 3.5, float(I(2**70)), I(10) / I(4), complex(I(2)), I(3).__index__(), type(I(3).__index__()).__name__)
print(str(I(-12)), repr(I(0)), I(255).__format__("x"), I(5).conjugate(), type(I(5).conjugate()).__name__, I(6).numerator, I(6).denominator)
import math
print(math.floor(I(3)), math.gcd(I(12), I(18)), math.factorial(I(5)), math.isqrt(I(17)), math.sqrt(I(16)))
class F(float): pass
print(math.floor(F(2.5)), math.ceil(F(2.5)), math.trunc(F(-2.5)), F(2.5).__round__(), round(F(2.567), 1), math.isnan(F("nan")))
print(divmod(I(7), I(2)), pow(I(3), 2, 5), abs(F(-2.0)), -F(1.5), int(F(3.9)), I(True), type(I(True)).__name__)
print(sum([I(1), I(2)]), type(sum([I(1), I(2)])).__name__, max(I(1), I(2)), type(max(I(1), I(2))).__name__)
print(bin(I(-3)), oct(I(8)), hex(I(-255)), I(5).bit_count(), (I(1) << 100) >> 99, ~I(0))
class F(float): pass
class S(str): pass
class C(complex): pass
class T(tuple): pass
class B(bytes): pass
class FS(frozenset): pass
f = F(2.5)
for v in (f.real, f.conjugate(), f.__float__(), f.__pos__(), F(3.0).__round__(), F.fromhex("0x1p1")):
    print(type(v).__name__, v)
s = S("ab")
for v in (s.__str__(), s.lower(), s.strip(), s[:], s.replace("z", "y"), s.join([]), s.ljust(1), s.center(1), s.zfill(1), s.expandtabs(), s.removeprefix("q"), s.__format__(""), s + "", s * 1, str(s), "%s" % s, f"{s}", s.swapcase(), s.title(), s.casefold()):
    print(type(v).__name__, v)
c = C(1, 2)
print(type(c.conjugate()).__name__, type(+c).__name__)
t = T((1, 2))
print(type(t[:]).__name__, type(t + ()).__name__, type(t * 1).__name__, type(tuple(t)).__name__)
b = B(b"ab")
print(type(b[:]).__name__, type(b.replace(b"z", b"y")).__name__, type(bytes(b)).__name__, type(b.strip()).__name__)
fs = FS({1})
print(type(fs.copy()).__name__, type(fs | set()).__name__, type(frozenset(fs)).__name__, type(fs.union()).__name__)
