# match: or-patterns binding names in different orders (stack rotations),
# as-patterns, nested or/as, captures stored only after the whole pattern.

def orders(v):
    match v:
        case (1, x, y) | (2, y, x):
            return ("xy", x, y)
        case (a, b, c) | [c, b, a, _] | {"a": a, "c": c, "b": b}:
            return ("abc", a, b, c)

for v in [(1, 2, 3), [1, 2, 3, 4], {"a": 1, "b": 2, "c": 3}, (1, 5, 6), (2, 5, 6)]:
    print(v, orders(v))

def rotate_many(v):
    match v:
        case (p, q, r, s, t) | [t, s, r, q, p, 0] | {0: [r, p], 1: (t, s, q)}:
            return (p, q, r, s, t)

print(rotate_many((1, 2, 3, 4, 5)), rotate_many([1, 2, 3, 4, 5, 0]),
      rotate_many({0: [1, 2], 1: (3, 4, 5)}))

def as_patterns(v):
    match v:
        case [1 | 2 as n, *_] as whole:
            return ("small", n, whole)
        case (int() | float()) as num if num > 100:
            return ("big", num)
        case [(x, y) as pt, ((_, _) | [_]) as other]:
            return ("points", x, y, pt, other)
        case str(s) | bytes(s) as text:
            return ("text", s, text)
        case (0 | 1 | 2) | (3 | 4):
            return "flattened"
        case {"k": (1 | 2) as k} | {"j": k}:
            return ("k", k)
        case _ as anything:
            return ("anything", anything)

for v in [[2, 0], 101, [(1, 2), (3, 4)], [(1, 2), [5]], "t", b"b", 4, {"k": 2},
          {"j": 9}, 5]:
    print(v, as_patterns(v))

def outer_captures(v):
    match v:
        case [x, (1, y) | (y, 2), z]:
            return (x, y, z)
        case [[a, b] | (b, a, _), c] if c:
            return (a, b, c)

print(outer_captures([0, (1, 5), 9]), outer_captures([0, (7, 2), 9]),
      outer_captures([[1, 2], 3]), outer_captures([(1, 2, 0), 3]),
      outer_captures([[1, 2], 0]))

def irrefutable_last_alt(v):
    match v:
        case (1 as x) | x:
            return x

print(irrefutable_last_alt(1), irrefutable_last_alt(2))
