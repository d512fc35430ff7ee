# A TypeError from a constructor called with missing arguments, inside a nested call on a continued line.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def polygon(*points):
    return list(points)

print(polygon(Point(0, 0), Point(1, 0)))
shape = polygon(Point(0, 0),
                Point(1))
