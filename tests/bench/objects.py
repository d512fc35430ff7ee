# objects: a DeltaBlue-flavoured workload of small objects: classes with
# __slots__-free attributes, operator overloading, __eq__/__hash__ (objects
# as dict keys), properties, class attributes, isinstance checks and
# virtual method dispatch through inheritance.


class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Shape:
    def __init__(self, origin):
        self.origin = origin

    def area(self):
        return 0

    def describe(self):
        return "%s@%r:%d" % (type(self).__name__, self.origin, self.area())


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)


class Tri(Shape):
    def __init__(self, origin, base, height):
        super().__init__(origin)
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height // 2


def main():
    seen = {}
    pos = Vec(0, 0)
    step = Vec(3, -2)
    for i in range(250000):
        pos = pos + step * (i % 5) - Vec(i % 7, i % 3)
        key = Vec(pos.x % 101, pos.y % 89)
        seen[key] = seen.get(key, 0) + 1
    print(len(seen), pos, max(seen.values()), Vec(1, 2) in seen)

    shapes = []
    for i in range(120000):
        o = Vec(i % 10, i % 13)
        if i % 3 == 0:
            shapes.append(Rect(o, i % 17, i % 5))
        elif i % 3 == 1:
            shapes.append(Square(o, i % 11))
        else:
            shapes.append(Tri(o, i % 19, i % 23))
    total = 0
    rects = 0
    for s in shapes:
        total += s.area() + s.origin.norm1
        if isinstance(s, Rect):
            rects += 1
    print(total, rects, shapes[7].describe(), shapes[-1].describe())


main()
