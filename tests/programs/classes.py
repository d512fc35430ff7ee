# Classes, inheritance, properties, dunder methods.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def describe(self):
        return f"{self.name} has {self.sides} sides"


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    @property
    def area(self):
        return self.size ** 2

    def __eq__(self, other):
        return isinstance(other, Square) and other.size == self.size

    def __lt__(self, other):
        return self.size < other.size

    __hash__ = None


shapes = [Square(3), Square(1), Square(2)]
print(shapes, sorted(shapes), [s.area for s in shapes])
print(shapes[0].describe(), Square(2) == Square(2), Square.__mro__)
print(isinstance(shapes[0], Shape), issubclass(Square, object), Square.__name__, Square.__qualname__)
