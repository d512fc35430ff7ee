# Mapping patterns on dicts: lookups without KeyError, **rest as a fresh dict
# without the matched keys, value patterns as keys (dotted names), the
# run-time duplicate-key ValueError and unhashable keys, and subjects that
# are not mappings (sequences, str, None).
import sys

BIG = sys.maxsize


def look(m):
    match m:
        case {}:
            if not m:
                return "empty"
            match m:
                case {"op": "add", "args": [a, b], **rest}:
                    return ("add", a + b, rest)
                case {"op": op, **rest} if not rest:
                    return ("bare op", op)
                case {"op": str() as op, "args": list(args)}:
                    return ("op", op, len(args))
                case {sys.maxsize: v}:
                    return ("maxsize key", v)
                case {0: zero, 1: one}:
                    return ("zero/one", zero, one)
                case {None: n, True: t}:
                    return ("none/true", n, t)
                case {"nested": {"deep": [*items]}}:
                    return ("deep", items)
                case _:
                    return ("other mapping", sorted(m, key=repr))
        case _:
            return "not a mapping"


cases = [
    {},
    {"op": "add", "args": [2, 3]},
    {"op": "add", "args": [2, 3], "tag": "x", "n": 1},
    {"op": "neg"},
    {"op": "neg", "args": [1, 2, 3]},
    {"op": 3, "args": [1]},
    {BIG: "big"},
    {0: "a", 1: "b", 2: "c"},
    {0.0: "float zero", True: "true is 1"},
    {None: "n", 1: "t"},
    {"nested": {"deep": (1, 2)}},
    {"nested": {"deep": "no"}},
    [("op", "add")],
    "op",
    None,
    (1, 2),
]
for c in cases:
    print(look(c))

# **rest is a new dict: changing it leaves the subject alone
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"b": _, **rest}:
        rest["z"] = 26
        print(rest, subject)

# the subject's values are bound as they are (no copies)
inner = [1]
match {"x": inner}:
    case {"x": got}:
        print(got is inner)


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def duplicate(m):
    # the keys are equal at run time only: checked as the pattern runs,
    # after the length check (a mapping with fewer items fails first)
    match m:
        case {sys.maxsize: a, 9223372036854775807: b}:
            return a, b
    return "no match"


def duplicate_absent(m):
    match m:
        case {sys.maxsize: a, 9223372036854775807: b}:
            return a, b
    return "no match"


def unhashable(m):
    match m:
        case {sys.argv: v}:
            return v
    return "no match"


def unhashable_second(m):
    match m:
        case {0: a, sys.argv: v}:
            return a, v
    return "no match"


attempt("duplicate", lambda: duplicate({BIG: 1, 2: 2}))
attempt("duplicate, too short", lambda: duplicate({BIG: 1}))
attempt("duplicate, first key absent", lambda: duplicate_absent({1: 1, 2: 2}))
attempt("duplicate, not a mapping", lambda: duplicate([1]))
attempt("unhashable", lambda: unhashable({1: 2}))
attempt("unhashable, second", lambda: unhashable_second({0: 1, 1: 2}))
attempt("unhashable, empty", lambda: unhashable({}))
