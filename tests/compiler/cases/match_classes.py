# match: class patterns with positional (__match_args__) and keyword
# sub-patterns, builtin types matching the subject itself, nesting, wildcards.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point

def classes(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return ("on y axis", y)
        case Point(x, y=0):
            return ("on x axis", x)
        case Point(_, _) if v.x == v.y:
            return "diagonal"
        case Line(Point(x1, y1), end=Point(x=x2, y=y2)):
            return ("line", x1, y1, x2, y2)
        case int(n) | float(n):
            return ("number", n)
        case str() as s:
            return ("str", s)
        case bool(b):
            return ("bool", b)
        case list([*items]):
            return ("list", items)
        case dict(x=_):
            return "dict with x attribute?"
        case Point():
            return "some point"
        case _:
            return "other"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Line(Point(1, 2), Point(3, 4)), 3, 2.5, "s", [1, 2], {"x": 1}, None]:
    print(classes(v))

import collections
Pair = collections.namedtuple("Pair", "left right")

def pairs(p):
    match p:
        case Pair(left=Pair(l, _), right=r):
            return ("nested", l, r)
        case Pair(l, r):
            return ("pair", l, r)

print(pairs(Pair(Pair(1, 2), 3)), pairs(Pair(4, 5)))
