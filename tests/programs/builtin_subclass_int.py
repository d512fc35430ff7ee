# Subclasses of int (and bool, which cannot be subclassed): instances hold
# their value whatever its size; arithmetic results are plain ints unless
# the class overrides the operator; __new__ chooses the value.
class MyInt(int):
    pass


i = MyInt(5)
print(i, repr(i), type(i).__name__, i + 1, type(i + 1).__name__, -i, type(-i).__name__)
print(+i, type(+i).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__, ~i)
print(i == 5, 5 == i, i < 6, hash(i) == hash(5), {5: "a"}[i], [10, 20, 30, 40, 50, 60][i])
print(range(10)[i], "abcdefg"[i], int(i), type(int(i)).__name__, str(i), f"{i:>4}|{i:x}", "%d|%05d" % (i, i))
print(i * 2, i // 2, i % 3, i ** 2, divmod(i, 2), i << 2, i >> 1, i & 3, i | 8, i ^ 1)
print(bin(i), hex(i), oct(i), round(i), float(i), i.bit_length(), i.real, i.to_bytes(2, "big"))
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt(), bool(MyInt()), bool(i))
big = MyInt(2 ** 70)
print(big, big + 1, type(big).__name__, big > 2 ** 69, big // 2 ** 68)
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 4), sum([MyInt(1), MyInt(2)]))
print(isinstance(i, int), issubclass(MyInt, int), i.x if hasattr(i, "x") else "no x")
i.x = 9
print(i.x, i.__dict__)
print([1, 2, 3][MyInt(1):], (1, 2, 3)[MyInt(-1)], "ab" * MyInt(2), [0] * MyInt(3))


class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)

    def __repr__(self):
        return f"Even({int(self)})"


e = Even(7)
print(e, repr(e), str(e), e + 1, [e], sorted([Even(9), 3, Even(2)]))


class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))

    __radd__ = __add__

    def __repr__(self):
        return f"${int(self)}"


m = Money(5)
print(m + 3, 3 + m, type(3 + m).__name__, sum([Money(1), Money(2)], Money(0)))


class Rev(int):
    def __radd__(self, o):
        return "radd"


print(3 + Rev(2), Rev(2) + 3)


class Flag(int):
    def __bool__(self):
        return False

    def __str__(self):
        return "Flag!"


print(bool(Flag(1)), "yes" if Flag(1) else "no", str(Flag(1)), repr(Flag(1)), f"{Flag(1)}", "%s" % Flag(1))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    MyInt("x")
except ValueError as e:
    print("ValueError:", e)
try:
    MyInt([])
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(MyInt, "1", "2")
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__)
