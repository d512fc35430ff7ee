# needs: stdlib
# Mapping patterns: key literals and values, **rest, extra keys allowed, non-dict mappings.
from collections import OrderedDict
def mp(x):
    match x:
        case {}  if not x:
            return "empty mapping"
        case {"type": "point", "x": px, "y": py}:
            return f"point ({px}, {py})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={sorted(rest.items())}"
        case {1: one, "two": _}:
            return f"int key {one}"
        case {"tags": [*tags]}:
            return f"tags {tags}"
        case {}:
            return "other mapping"
        case _:
            return "not a mapping"
for v in ({}, {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": "red", "a": 0},
          {1: "uno", "two": 2}, {1: "missing two"}, {"tags": ["a", "b"]}, {"tags": "ab"}, OrderedDict(type="point", x=0, y=0), [("type", "point")], None):
    print(mp(v))
