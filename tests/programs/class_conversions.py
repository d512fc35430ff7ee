# Conversions through a class's special methods: bytes(), complex(), int(),
# float(), round() with and without ndigits, operator.index-style uses, and
# truth in conditions; CPython's messages for bad results.
class B:
    def __bytes__(self): return b"xy"
    def __complex__(self): return 1+2j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class BadB:
    def __bytes__(self): return "s"
    def __complex__(self): return 1
class R:
    def __round__(self, *args): return ("round", args)
print(bytes(B()), complex(B()), complex(F()), complex(I()), float(I()), int(I()))
print(round(R()), round(R(), None), round(R(), 2), "xyz"[I():], [1, 2, 3, 4, 5][:I()])
print(list(range(I())), range(10)[I()], (1, 2, 3, 4)[I()], "ab" * I(), [0] * I(), I() * (1,))
for f in (lambda: bytes(BadB()), lambda: complex(BadB()), lambda: bytearray(B()),
          lambda: "s" * F(), lambda: [1] + I(), lambda: (1,) + I(), lambda: b"x" + I(),
          lambda: I() + "s", lambda: complex(object())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
n = 0
w = Flag(True)
while w:
    n += 1
    if n == 3:
        w = Flag(False)
print(n, Flag(True) and "and-value", Flag(False) or "or-value", not Flag(False), [Flag(0) if 0 else 1])
print(any([Flag(False), Flag(True)]), all([Flag(True), Flag(False)]), list(filter(None, [Flag(False)])) == [])
