# Class patterns on built-in types: the types that match themselves with one
# positional sub-pattern (int, str, list, ...), keyword sub-patterns read as
# attributes, bool/int subtyping, exception classes as patterns, and the
# TypeErrors for a non-type, too many positional sub-patterns.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f!r}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(ba):
            return f"bytearray {ba!r}"
        case list([]):
            return "empty list"
        case list([first, *_]):
            return f"list from {first!r}"
        case tuple((a, b)):
            return f"pair {a!r} {b!r}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict k={v!r}"
        case dict(d):
            return f"dict of {len(d)}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case _:
            return "something else"


for value in [True, False, 0, -4, 12, 2.5, "", b"", "hey", b"hi", bytearray(b"ba"),
              [], [7, 8], (1, 2), (1, 2, 3), {"k": 1}, {"j": 2}, frozenset({3, 1}),
              {5, 4}, 3 + 4j, None, range(3)]:
    print(repr(value), "->", kind(value))


# keyword sub-patterns read attributes; a missing attribute just fails
def parts(x):
    match x:
        case int(real=r, imag=0, numerator=n, denominator=1):
            return ("int parts", r, n)
        case float(real=r, imag=i):
            return ("float parts", r, i)
        case str(upper=u):
            return ("has upper", u() if callable(u) else u)
        case _:
            return "none"


for value in [5, True, 1.5, "abc", [1]]:
    print(parts(value))


# exception types as patterns (no __match_args__: keywords only)
def describe(exc):
    match exc:
        case ExceptionGroup(message=m, exceptions=[ValueError(args=(v,))]):
            return f"group {m!r} of one ValueError {v!r}"
        case ExceptionGroup(message=m):
            return f"group {m!r}"
        case KeyError(args=(k,)):
            return f"missing key {k!r}"
        case LookupError():
            return "some lookup error"
        case OSError(errno=e) if e is not None:
            return f"os error {e}"
        case Exception(args=()):
            return f"{type(exc).__name__} without args"
        case Exception(args=[a, *rest]):
            return f"{type(exc).__name__} first arg {a!r} and {len(rest)} more"
        case BaseException():
            return "base exception"


for exc in [ExceptionGroup("eg", [ValueError(3)]), ExceptionGroup("two", [TypeError(), KeyError()]),
            KeyError("k"), IndexError(2), OSError(2, "no such file"), RuntimeError(),
            TypeError("a", "b", "c"), KeyboardInterrupt()]:
    print(describe(exc))

# subclasses of the self-matching types match themselves too
match True:
    case int(x):
        print("bool is an int:", x)


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def not_a_type(x):
    match x:
        case len():
            return "matched len"
    return "no match"


def too_many(x):
    match x:
        case int(a, b):
            return a, b
    return "no match"


def complex_positional(x):
    match x:
        case complex(r):
            return r
    return "no match"


def exc_positional(x):
    match x:
        case ValueError(v):
            return v
    return "no match"


def type_check_first(x):
    # the isinstance check comes before the sub-pattern count check
    match x:
        case complex(1, 2):
            return "complex"
        case str(s):
            return "str " + s
    return "no match"


attempt("not a type", lambda: not_a_type(1))
attempt("too many", lambda: too_many(1))
attempt("too many, no match", lambda: too_many("s"))
attempt("complex positional", lambda: complex_positional(1j))
attempt("exception positional", lambda: exc_positional(ValueError(1)))
attempt("type check first", lambda: type_check_first("x"))
attempt("type check first, match", lambda: type_check_first(1j))
