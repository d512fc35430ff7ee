# match: value patterns (literals incl. negative, complex, strings, bytes,
# dotted names), singletons, captures, wildcards, the trailing `case _`
# shortcut, a single `case _`, guards, at module level and in functions.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class NS:
    class Inner:
        X = "x"

def values(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "float"
        case 1+2j:
            return "complex"
        case -3-4j:
            return "neg complex"
        case 0j:
            return "zero complex"
        case "abc" "def":
            return "str"
        case b"bytes":
            return "bytes"
        case Color.RED:
            return "red"
        case NS.Inner.X:
            return "dotted"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"

for v in [0, -1, 1.5, -2.5, 1+2j, -3-4j, 0j, "abcdef", b"bytes", Color.RED, Color.GREEN,
          "x", None, True, False, 99]:
    print(repr(v), values(v))

def capture(v):
    match v:
        case 1:
            r = "one"
        case x if x > 10:
            r = f"big {x}"
        case x:
            r = f"capture {x}"
    return r

print(capture(1), capture(11), capture(5))

def only_default(v):
    match v:
        case _:
            return "always"

print(only_default(3))

def guarded_default(v):
    match v:
        case 1:
            print("one")
        case _ if v > 5:
            print("default big")
    print("after", v)

guarded_default(1)
guarded_default(2)
guarded_default(7)

def only_capture(v):
    match v:
        case y:
            pass
    return y

print(only_capture("c"))

match 3:
    case 1:
        print("module one")
    case 3 if False:
        print("never")
    case 3:
        print("module three")

subject = 42
match subject:
    case _ if subject < 0:
        print("neg")
    case n:
        print("module capture", n)

def guards(p):
    match p:
        case (a, b) if a < b and b < 10:
            return "lt"
        case (a, b) if not (a == b or a > 100):
            return "gt"
        case (a, b) if a:
            return "truthy"
        case _:
            return "rest"

for p in [(1, 2), (5, 3), (7, 7), (0, 0), (200, 200)]:
    print(p, guards(p))

def nothing_matches(v):
    match v:
        case 1:
            print("one")
        case 2:
            print("two")
    return "done"

print(nothing_matches(3))
