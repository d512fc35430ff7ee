# Class patterns: positional via __match_args__, keywords, builtin self-matching types, nesting.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end

def cls(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "some point"
        case Line(Point(x1, y1), end=Point(x2, y2)):
            return f"line ({x1},{y1})-({x2},{y2})"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case bool(b):
            return "unreachable: bools are ints"
        case [Point(x=a), *_]:
            return f"list starting with point x={a}"
        case _:
            return "unknown"

for v in (Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2),
          Line(Point(0, 1), Point(2, 3)), -5, 7, 2.5, True, "s", [Point(9, 9)], None):
    print(cls(v))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
