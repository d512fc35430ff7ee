# match: sequence patterns: fixed length, star in every position, star
# wildcard (subscript fast path), wildcard-only patterns, nesting, tuples and
# lists, strings are not sequences.

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [_, _]:
            return "two wildcards"
        case [1, 2, 3]:
            return "123"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [*_]:
            return "any sequence"

for v in [[], [1], (1, 2), [1, 2, 3], (4, 5, 6), [1, 2, 3, 4], "ab", 5]:
    print(repr(v), seq(v))

def stars(v):
    match v:
        case [first, *rest, last] if len(rest) > 3:
            return ("long", first, rest, last)
        case [first, *_]  if first == "s":
            return ("subscr first", first)
        case [*_, last] if last == "e":
            return ("subscr last", last)
        case [a, *_, b, c] if a == 0:
            return ("subscr mid", a, b, c)
        case [*head, 9]:
            return ("head", head)
        case [9, *tail]:
            return ("tail", tail)
        case [x, y, *mid, z]:
            return ("mid", x, y, mid, z)
        case [_, *_, _]:
            return "wild ends"
        case [*everything]:
            return ("all", everything)

for v in [[1, 2, 3, 4, 5, 6], ["s", 1], [1, "e"], [0, 1, 2, 3], [1, 9], [9, 1],
          [1, 2, 3, 4], [1, 2], [1], []]:
    print(v, stars(v))

def wild(v):
    match v:
        case [_, *_, _]:
            return "at least two"
        case [_, *_]:
            return "at least one"
        case [*_]:
            return "sequence"
    return "not a sequence"

for v in [[1, 2], [1], [], {}]:
    print(v, wild(v))

def nested(v):
    match v:
        case [(a, b), [c, [d, *e]]]:
            return (a, b, c, d, e)
        case [[x, y], *_, [z]]:
            return (x, y, z)
        case ((1, _), (_, 2)):
            return "ones and twos"
        case _:
            return None

for v in [[(1, 2), [3, [4, 5, 6]]], [[1, 2], 0, 0, [3]], ((1, 0), (0, 2)), [1]]:
    print(v, nested(v))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i < 0:
            raise IndexError("negative")
        if i >= 3:
            raise IndexError(i)
        return i * 10

import collections.abc
collections.abc.Sequence.register(Seq)

def nonnegative(v):
    match v:
        case [*_, last]:
            return last

print(nonnegative(Seq()))

def in_loop(items):
    out = []
    for item in items:
        match item:
            case [0, *_]:
                continue
            case [x, *_] if x < 0:
                break
            case [x, y]:
                out.append(x + y)
            case [x]:
                out.append(x)
    return out

print(in_loop([[1, 2], [0, 5], [3], [4, 4], [-1, 0], [7]]))
while True:
    match [1, 2]:
        case [1, *r]:
            print("while", r)
            break
