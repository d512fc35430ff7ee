# match: mapping patterns: literal and dotted keys, **rest (with and without
# keys), empty mapping, nested values, negative and complex keys.

class K:
    a = "a"
    b = "b"

def mapping(v):
    match v:
        case {}:
            if not v:
                return "empty"
            return ("nonempty, matched {}", len(v))

def mapping2(v):
    match v:
        case {"x": 1, "y": y}:
            return ("xy", y)
        case {K.a: a, K.b: [b, *_]}:
            return ("dotted", a, b)
        case {-1: neg, 2j: cplx, **rest}:
            return ("neg", neg, cplx, rest)
        case {None: n, True: t, b"k": bk}:
            return ("singletons", n, t, bk)
        case {"only": _, **others}:
            return ("rest", others)
        case {**everything} if len(everything) > 5:
            return ("big", sorted(everything))
        case {0: {1: {2: deep}}}:
            return ("deep", deep)
        case _:
            return "other"

for v in [{"x": 1, "y": 2}, {"a": 1, "b": [2, 3]}, {-1: "n", 2j: "c", 3: "r"},
          {None: 0, True: 1, b"k": 2}, {"only": 1, "z": 2, "w": 3},
          dict.fromkeys(range(6)), {0: {1: {2: "d"}}}, {"x": 2}, [1]]:
    print(mapping2(v))

print(mapping({}), mapping({1: 2}), mapping([]))

def rest_only(v):
    match v:
        case {**r}:
            return r

print(rest_only({"k": "v"}), rest_only(3))
