# int and bool: arithmetic signs, big ints, shifts, bitwise, parsing, hashing, methods


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -2**62, 2**63, -2**63 - 1, 10**30, -10**30, True, False]
for a in vals:
    for b in [1, -1, 3, -3, 7, 2**64 + 1, -10**20, True]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, divmod(a, b))
        print(" ", a / b, a == b, a < b, a >= b)
for a in [0, 1, -1, 5, -5, 2**100, -2**100]:
    print(a, -a, +a, ~a, abs(a), a << 3, a >> 2, a >> 200, a << 70, bool(a))
print(2 ** 100, (-3) ** 41, 2 ** -2, (-2) ** -3, 0 ** 0, 10 ** 40 // 7 ** 20)
print(pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -7 // -2, -7 % -2)
print(1 / 3, 10**400 // 10**399, 2**1100 / 2**1000, (2**53 + 1) / 1, 1 / (2**80 + 1))
print(True + True, True & False, True | False, True ^ True, ~True, -True, True * 5, False ** 0)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 1).__name__)
for s in ["0", "-0", "+12", " 1_000 ", "0x_ff", "0b1010", "0o777", "007", "1__0", "_1", "1_", "", "12a", "١٢٣", "\u3000 42\u2003"]:
    attempt("int(%r)" % s, lambda: int(s))
    attempt("int(%r, 0)" % s, lambda: int(s, 0))
for s, b in [("ff", 16), ("FF", 16), ("z", 36), ("0x1f", 16), ("0b11", 2), ("777", 8), ("12", 1), ("12", 37), ("zz", 35)]:
    attempt("int(%r, %d)" % (s, b), lambda: int(s, b))
attempt("int(1.5, 10)", lambda: int(1.5, 10))
attempt("int([])", lambda: int([]))
attempt("int(nan)", lambda: int(float("nan")))
attempt("int(inf)", lambda: int(float("-inf")))
print(int(-2.9), int(2.9), int(1e20), int(-1e300) % 1000, int(True), int(b" 42 "), int("x" * 3 + "1", 36))
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("1 / 0", lambda: 1 / 0)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("1 << -1", lambda: 1 << -1)
attempt("1 >> -1", lambda: 1 >> -1)
attempt("10**400 / 1", lambda: 10**400 / 1)
attempt("pow(2, 3, 0)", lambda: pow(2, 3, 0))
attempt("pow(2, -1, 4)", lambda: pow(2, -1, 4))
attempt("str(10**4300)", lambda: str(10**4300))
attempt("int('1' * 4301)", lambda: int("1" * 4301))
print(len(str(10**4299)), len(str(-10**4299)), len(hex(2**20000)))
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**64, 10**30, -10**30, True, False, 2**200 + 5]:
    print(v, hash(v))
for v in [0, 1, 255, -255, 2**70, -2**70, True]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator)
print((1024).to_bytes(2, "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
attempt("(1024).to_bytes(1, 'big')", lambda: (1024).to_bytes(1, "big"))
attempt("(-1).to_bytes(2, 'big')", lambda: (-1).to_bytes(2, "big"))
attempt("(1).to_bytes(2, 'middle')", lambda: (1).to_bytes(2, "middle"))
print(round(12345, -2), round(12355, -1), round(-12350, -2), round(5, 3), round(15, -1), round(25, -1))
print(bool(0), bool(1), bool(-3), bool(), bool(""), bool("x"), True == 1, False == 0, True is bool(1))
print(repr(True), str(False), hash(True), True.__index__() if hasattr(True, "__index__") else None)
print(10**50 > 1e50, 10**50 == 1e50, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 10**400 > float("inf"), -10**400 < -1e308)
