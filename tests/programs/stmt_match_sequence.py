# Sequence patterns: fixed and starred lengths, nested, tuple vs list syntax, strings are not sequences.
def seq(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, *rest] if not rest:
            return "unreachable"
        case [1, *middle, 9]:
            return f"1..9 with middle {middle}"
        case (a, b):
            return f"two: {a},{b}"
        case [a, b, *_, z] if a == z:
            return f"same ends {a}"
        case [*init, last]:
            return f"init {init} last {last}"
        case _:
            return "not a sequence"
for v in ([], [5], [1, 2, 9], [1, 9], (3, 4), [7, 0, 0, 7], [1, 2, 3], "ab", b"ab", {"a": 1}, range(2), 42):
    print(repr(v), "->", seq(v))
match (1, (2, 3), [4, (5, 6)]):
    case (p, (q, r), [s, (t, u)]):
        print(p + q + r + s + t + u)
match [1, 2, 3, 4, 5]:
    case [*_, 4, 5]:
        print("ends with 4, 5")
