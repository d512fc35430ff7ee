# complex: repr, arithmetic, equality, hash, construction from numbers and strings


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [1 + 2j, 2j, -2j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -1), complex(1, float("nan")),
        complex(float("nan"), float("inf")), complex(float("-inf"), 0), 1e300j, complex(1.5, -2.25), 0j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan")
for a in [1 + 2j, -3.5j, 2, 1.5]:
    for b in [3 - 4j, 0.5j, 2, -1.5]:
        print(a, b, a + b, a - b, a * b, a / b, a == b, a != b)
print((1 + 2j) ** 2, (1 + 2j) ** -1, (1 + 2j) ** 0.5, 2 ** (1j), (-1) ** 0.5, 1j ** 1j, (2 + 0j) ** 100)
attempt("1j / 0", lambda: 1j / 0)
attempt("0j ** -1", lambda: 0j ** -1)
attempt("1j // 1", lambda: 1j // 1)
attempt("1j % 1", lambda: 1j % 1)
attempt("1j < 2j", lambda: 1j < 2j)
attempt("(1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2.5)
print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, (2**53 + 1) + 0j == 2**53 + 1, hash(1 + 0j) == hash(1))
for z in [1 + 2j, 2j, 1.5 - 0.5j, complex(3, 0)]:
    print(z, hash(z))
print(complex(), complex(1), complex(1.5, 2), complex(1j, 1j), complex(True), complex(2, -0.0))
for s in ["1+2j", "(1+2j)", " ( 1-2j ) ", "j", "-j", "+1j", "1e1j", "nanj", "-inf+nanj", "1+j", "1-j",
          "(1", "1)", "()", "1 + 2j", "1.5", "1_0j", "1__0j", "_1", "0x1", "", "2J", "infj", "1e-3+4.5E2j"]:
    attempt("complex(%r)" % s, lambda: complex(s))
attempt("complex('1', 2)", lambda: complex("1", 2))
attempt("complex(1, '2')", lambda: complex(1, "2"))
attempt("complex([])", lambda: complex([]))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), -(1 + 2j), +(1 - 2j))
