# float: shortest repr, arithmetic corner cases, comparisons with big ints, parsing, hashing, methods


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


reprs = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1.5e-5, 1e-4, 1e-5,
         5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123456789012345678.0, 1e22, 1e23,
         float("inf"), float("-inf"), float("nan"), 100.0, 12345.678, -0.5, 2.0**-1074, 2.0**1023, 3.14159]
for x in reprs:
    print(repr(x), str(x), x.hex(), x.is_integer())
x = 1.0
for i in range(60):
    print(repr(x), repr(-x / 7), end=" ")
    x *= 3.7
print()
for a in [7.5, -7.5, 0.0, -0.0, 3.0, 1e300, float("inf")]:
    for b in [2.0, -2.0, 0.5, 3, -3, 2**70]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-8.0) ** (1 / 3), (-2.0) ** 0.5, 0.0 ** 0, 10.0 ** -400)
print((-1.0) ** float("inf"), float("inf") ** -1, float("nan") ** 0, 1.0 ** float("nan"), (-2.0) ** 3, (-2.0) ** -3)
for label, f in [("1.0/0", lambda: 1.0 / 0), ("1.0//0", lambda: 1.0 // 0), ("1.0%0", lambda: 1.0 % 0),
                 ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("0.0**-1", lambda: 0.0 ** -1),
                 ("2.0**10000", lambda: 2.0 ** 10000), ("10**400*1.0", lambda: 10**400 * 1.0),
                 ("float(10**400)", lambda: float(10**400)), ("1.5 & 1", lambda: 1.5 & 1)]:
    attempt(label, f)
for s in ["1.5", " 1.5 ", "-2", "+.5", "5.", ".", "1e5", "1E-5", "1e", "inf", "-Infinity", "nan", "-nan", "infinit",
          "1_000.5", "1__0", "_1", "1_", "1e1_0", "0x10", "", "  ", "١٢٣.٥", "1e500", "-1e-500", "abc"]:
    attempt("float(%r)" % s, lambda: float(s))
attempt("float([])", lambda: float([]))
print(float(True), float(10**20), float(2**53 + 1), float(-2**1023 * 3 // 2), float(b"2.5"))
ints = [0, 1, -1, 2**53, 2**53 + 1, 2**63, 10**30, -10**30, 2**1024, -2**1024]
floats = [0.0, -0.0, 1.0, 2.0**53, 2.0**63, 1e30, -1e30, float("inf"), float("-inf"), float("nan"), 0.5]
for i in ints:
    for f in floats:
        print(i, f, i < f, i <= f, i == f, i != f, i > f, i >= f)
for v in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e300, 5e-324, 2.0**61, float("inf"), float("-inf"), 12345.6789]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0**70) == hash(2**70), hash(-0.5))
for v in [2.5, 3.5, -2.5, 0.5, 1.5, 2.675, 1e300, -0.0]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0), round(v, None))
print(round(1e-320, 400), round(5e-324, 1000), round(1.23456789e20, -5), round(123.456, -308), round(1e300, -301))
attempt("round(inf)", lambda: round(float("inf")))
attempt("round(nan)", lambda: round(float("nan")))
print(round(float("inf"), 2), round(float("nan"), 2))
for v in [1.5, -0.0, 0.1, 1e300, 3.0]:
    print(v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.__trunc__(), v.__floor__(), v.__ceil__())
attempt("inf.as_integer_ratio()", lambda: float("inf").as_integer_ratio())
attempt("nan.as_integer_ratio()", lambda: float("nan").as_integer_ratio())
for s in ["0x1.8p1", " -0X1P-1074 ", "inf", "-nan", "0x1p1024", "x", "0x.8", "0x1.", "1p4", "0x1p", "0x1.fffffffffffff8p1023"]:
    attempt("float.fromhex(%r)" % s, lambda: float.fromhex(s))
print(int(2.5e20), int(-0.9), 7.0 // 2, -7.0 // 2, 7.0 % -2, -0.0 % 5, 0.0 % -5, 5 % 0.75)
print(1e16 + 1, 2**0.5 * 2**0.5, 1 / 7 * 7, 0.1 * 3, 1e-7 / 3)
