# Subclasses of tuple: immutable construction through __new__, named
# accessors, the base's repr/hash/==, results of operations as plain tuples.
class MyTuple(tuple):
    pass


t = MyTuple((1, 2))
print(t, type(t).__name__, t + (3,), type(t + (3,)).__name__, len(t), t[0], t[::-1])
print(hash(t) == hash((1, 2)), t == (1, 2), (1, 2) == t, t < (1, 3), {t: "x"}[(1, 2)], 2 in t)
print(tuple(t), type(tuple(t)).__name__, list(t), MyTuple(), MyTuple("ab"), MyTuple(range(3)))
print(t.count(1), t.index(2), t * 2, type(t * 2).__name__, sorted(MyTuple((3, 1, 2))))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(3, 4)
print(p, p.x, p.y, list(p), p[1], tuple(p), type(tuple(p)).__name__, p + Point(1, 1))
x, y = p
print(x, y, "%s and %s" % p, [*p], max(p), {p: 1})
print(isinstance(p, tuple), Point.__mro__ == (Point, tuple, object))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
p.extra = "ok"
print(p.extra)


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return tuple.__new__(cls, [a, b])

    def swap(self):
        return Pair(self[1], self[0])


q = Pair(1, "b")
print(q, q.swap(), type(q.swap()).__name__, q == (1, "b"))
try:
    q.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    MyTuple(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple.__new__(list)
except TypeError as e:
    print("TypeError:", e)
