# Subclasses of float and complex: values kept, arithmetic results plain,
# reflected operators of the subclass first, formatting and conversions.
class MyFloat(float):
    pass


f = MyFloat(2.5)
print(f, repr(f), type(f).__name__, f + 1, type(f * 2).__name__, float(f), type(float(f)).__name__)
print(round(f), f"{f:.3f}", "%.2f" % f, -f, type(-f).__name__, +f, type(+f).__name__, abs(MyFloat(-1.5)))
print(f == 2.5, 2.5 == f, f < 3, hash(f) == hash(2.5), int(f), f.is_integer(), f.as_integer_ratio())
print(MyFloat("1e3"), MyFloat(3), MyFloat(), f.real, f.imag, f.hex(), divmod(f, 1), f // 1, f % 1, f ** 2)
print(sorted([MyFloat(2.0), 1, MyFloat(0.5)]), max(f, 1), sum([f, f]), 1 < f < 3)
f.unit = "m"
print(f.unit, f.__dict__)


class Meters(float):
    def __new__(cls, v):
        return super().__new__(cls, v)

    def __repr__(self):
        return f"{float(self)}m"

    def __add__(self, other):
        return Meters(float(self) + float(other))

    def __radd__(self, other):
        return Meters(float(other) + float(self))


m = Meters(1.5)
print(m, repr(m), m + 1, 1 + m, 2.0 + m, type(2.0 + m).__name__, str(m), [m])


class MyComplex(complex):
    pass


c = MyComplex(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate(), abs(MyComplex(3, 4)))
print(c == 1 + 2j, hash(c) == hash(1 + 2j), MyComplex("3+4j"), MyComplex(), complex(c), type(complex(c)).__name__)
try:
    MyFloat("x")
except ValueError as e:
    print("ValueError:", e)
try:
    MyFloat([])
except TypeError as e:
    print("TypeError:", e)
try:
    float.__new__(int)
except TypeError as e:
    print("TypeError:", e)
