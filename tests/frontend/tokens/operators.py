a = b = c = 1
a + b - c * a / b // c % a ** b @ c
a << b >> c & a | b ^ ~c
a < b > c <= a >= b == c != a
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
def f(x: int, *a, **k) -> None: ...
(y := 1)
d = {1: 2}; e = [1, 2][0:1]; f.g
x = ...
@f
def g(): pass
