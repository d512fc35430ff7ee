# Sequence, literal and value patterns on built-in subjects: ranges are
# sequences, str/bytes/bytearray/dict/set/iterators are not; star
# wildcards (subscripts) and star captures, nesting, literal equality
# (0 vs False vs 0.0), dotted value patterns from a module.
import sys
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, *_, b] if a == b:
            return ("same ends", a)
        case [a, *mid, b] if len(mid) > 2:
            return ("long", a, mid, b)
        case [_, _, *_, (c, d)]:
            return ("tail pair", c, d)
        case [*_, 0]:
            return "ends with zero"
        case [[x1, y1], [x2, y2]]:
            return ("2x2", x1, y1, x2, y2)
        case (a, b):
            return ("pair", a, b)
        case [*all_]:
            return ("any", all_)
        case _:
            return "not a sequence"
for v in [[], (), range(0), [1], range(5, 6), (1, 2, 1), range(3), [1, 2, 3, 4, 5],
          [1, 2, 3, (4, 5)], range(1, 4, 1), [1, 2, 0], [[1, 2], [3, 4]], ([1, 2], (3, 4)), "ab", b"ab",
          bytearray(b"ab"), {1: 2}, {1, 2}, frozenset(), iter([1, 2]), None, 3, range(0, 10, 3),
          [[1, 2], "xy"], ((), ())]:
    print(type(v).__name__ if type(v).__name__.endswith("iterator") else repr(v), "->", seq(v))
# star wildcard uses subscripts on the subject
match range(10, 0, -1):
    case [first, *_, last]:
        print(first, last)
match list(range(100)):
    case [0, 1, *rest] if len(rest) == 98:
        print("rest len", len(rest), rest[:3], rest[-1])
match (1, (2, (3, (4,)))):
    case (a, (b, (c, (d,)))):
        print(a, b, c, d)
match [1, [2, [3]]]:
    case [1, [2, [x]]] | [x]:
        print("or with nested", x)
match (1, 2):
    case [1, 2] as whole:
        print(type(whole).__name__, whole)
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (x, y)}]}:
        print("deep mapping", x, y)
# literal patterns and -0, complex, float equality vs bool
for v in [0, 0.0, -0.0, False, 1, True, 1.0, 1+0j, None, "", b""]:
    match v:
        case True:
            r = "True"
        case False:
            r = "False"
        case None:
            r = "None"
        case 0:
            r = "zero"
        case 1:
            r = "one"
        case -1 | 1j | -1.5:
            r = "odd literal"
        case "" | b"":
            r = "empty"
        case _:
            r = "?"
    print(repr(v), r)
# value patterns with dotted names
class_ns = sys
for v in [sys.maxsize, sys.maxsize - 1, sys.byteorder, "little", "big"]:
    match v:
        case sys.maxsize:
            print("maxsize")
        case sys.byteorder:
            print("byteorder")
        case _:
            print("other", v == sys.byteorder if isinstance(v, str) else v)
